import { Link, Text } from './components/primitives';
import { amountOwed } from '@/lib/billing/amount-owed';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import type { VatCategoryCode } from '@/lib/billing/vat/vat-category';
import { vatRateLabel, vatSummary } from '@/lib/pdf/vat-summary';
import { Layout, type ShopIdentity } from './components/layout';
import { LineTable, type LineTableTotal } from './components/line-table';
import { Opening } from './components/opening';
import { PayButton } from './components/pay-button';
import { styles } from './components/styles';

export type InvoiceEmailLine = {
  description: string;
  quantity: number;
  unitAmountMinor: number;
  /** VAT included. */
  amountMinor: number;
  taxRateBp: number;
  taxMinor: number;
  /** EN 16931 category: a 0 % row says why (AE reverse charge, G export...). */
  vatCategory?: VatCategoryCode | null;
  /** ISO 8601: the term a plan line bills (end exclusive), shown under it as on the PDF. */
  periodStart?: string | null;
  periodEnd?: string | null;
};

export type InvoiceEmailProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  /** The shop's time zone: the dates on the invoice are the merchant's calendar days. */
  timeZone: string;
  customerName: string;
  /** The address block as frozen on the invoice, one line each. */
  billedTo: string[];
  invoiceNumber: string;
  currency: string;
  /** ISO 8601 timestamps. */
  issuedAt: string;
  dueAt: string | null;
  paidAt: string | null;
  status: 'paid' | 'open';
  lines: InvoiceEmailLine[];
  /** Excluding VAT; subtotal + tax = total. */
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  amountPaidMinor: number;
  /** Taken back by credit notes. */
  creditedMinor: number;
  paymentReference?: string | null;
  /** The seller's account for bank transfers, as printed (an open invoice with a reference says where to transfer). */
  bankAccount?: string | null;
  /** Where an open invoice can be paid. */
  payUrl?: string | null;
  /**
   * The invoice's PDF behind a signed link that works without signing in (the e-mail carries no
   * attachment, so it goes out through Resend's batch endpoint), and when that link expires.
   */
  pdfUrl?: string | null;
  pdfLinkExpiresAt?: string | null;
};

export default function InvoiceEmail(props: InvoiceEmailProps) {
  const { locale, shop, currency } = props;
  const t = getTranslator(locale, 'emails.invoice', props.overrides);
  const d = getTranslator(locale, 'documents');
  const f = createFormatter(locale, props.timeZone);
  const money = (minor: number) => f.money(minor, currency);
  const dueMinor = amountOwed(props);
  const statusLine =
    props.status === 'paid'
      ? d('paid', { date: f.date(props.paidAt ?? props.issuedAt) })
      : d('due', { has_due_date: props.dueAt ? 'yes' : 'no', amount: money(dueMinor), due_date: props.dueAt ? f.date(props.dueAt) : '' });
  const heading = t('heading', { invoice: props.invoiceNumber });
  const totals: LineTableTotal[] = [
    { label: d('subtotal'), value: money(props.subtotalMinor) },
    ...vatSummary(props.lines).map((row) => ({ label: d('vatAt', { rate: vatRateLabel(row, f.rate) }), value: money(row.taxMinor) })),
    { label: d('total'), value: money(props.totalMinor), emphasis: true },
  ];
  if ((props.amountPaidMinor > 0 || props.creditedMinor > 0) && props.status === 'open') {
    if (props.amountPaidMinor > 0) totals.push({ label: d('amountPaid'), value: money(props.amountPaidMinor) });
    if (props.creditedMinor > 0) totals.push({ label: d('amountCredited'), value: money(props.creditedMinor) });
    totals.push({ label: d('amountDue'), value: money(dueMinor), emphasis: true });
  }
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={`${heading} – ${statusLine}`}>
      <Opening locale={locale} overrides={props.overrides} title={heading} name={props.customerName} />
      <Text style={styles.paragraph}>{t('intro')}</Text>

      <table style={styles.table} cellPadding={0} cellSpacing={0} role="presentation">
        <tbody>
          <tr>
            <td style={styles.td}>
              <strong>{d('billedTo')}</strong>
              {props.billedTo.map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </td>
            <td style={styles.tdRight}>
              <div>
                {d('invoiceNumber')}: {props.invoiceNumber}
              </div>
              <div>
                {d('issueDate')}: {f.date(props.issuedAt)}
              </div>
              {props.dueAt ? (
                <div>
                  {d('dueDate')}: {f.date(props.dueAt)}
                </div>
              ) : null}
              {props.paymentReference ? (
                <div>
                  {d('paymentReference')}: {props.paymentReference}
                </div>
              ) : null}
            </td>
          </tr>
        </tbody>
      </table>

      <LineTable
        columns={[d('columns.description'), d('columns.quantity'), d('columns.unitPrice'), d('columns.vat'), d('columns.amount')]}
        rows={props.lines.map((line) => [
          line.periodStart && line.periodEnd
            ? `${line.description} · ${d('period', { start: f.date(line.periodStart), end: f.lastDay(line.periodEnd) })}`
            : line.description,
          String(line.quantity),
          money(line.unitAmountMinor),
          f.rate(line.taxRateBp),
          money(line.amountMinor),
        ])}
        totals={totals}
      />

      <Text style={styles.paragraph}>
        <strong>{statusLine}</strong>
      </Text>
      {props.status === 'open' && props.bankAccount && props.paymentReference ? (
        <Text style={styles.paragraph}>{t('bankTransfer', { account: props.bankAccount, reference: props.paymentReference })}</Text>
      ) : null}
      {props.status === 'open' ? <PayButton locale={locale} overrides={props.overrides} href={props.payUrl} /> : null}
      {props.pdfUrl ? (
        <Text style={styles.paragraph}>
          <Link href={props.pdfUrl} style={styles.link} data-testid="invoice-pdf-link">
            {t('pdfLink', { invoice: props.invoiceNumber })}
          </Link>
          {props.pdfLinkExpiresAt ? (
            <>
              <br />
              {t('pdfLinkValid', { date: f.date(props.pdfLinkExpiresAt) })}
            </>
          ) : null}
        </Text>
      ) : null}
    </Layout>
  );
}

InvoiceEmail.PreviewProps = {
  locale: 'nl',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  billedTo: ['Daan de Vries', 'Keizersgracht 123', '1015 CJ Amsterdam', 'NL'],
  invoiceNumber: 'KD-000042',
  currency: 'EUR',
  issuedAt: '2026-03-01T09:00:00.000Z',
  dueAt: '2026-03-15T09:00:00.000Z',
  paidAt: null,
  status: 'open',
  lines: [
    { description: 'Code Academy – Monthly', quantity: 1, unitAmountMinor: 2900, amountMinor: 2900, taxRateBp: 2100, taxMinor: 503 },
    { description: 'Setup fee', quantity: 1, unitAmountMinor: 4900, amountMinor: 4900, taxRateBp: 2100, taxMinor: 850 },
    { description: 'Trendhouse – Monthly', quantity: 1, unitAmountMinor: 3200, amountMinor: 3200, taxRateBp: 900, taxMinor: 264 },
  ],
  subtotalMinor: 9383,
  taxMinor: 1617,
  totalMinor: 11000,
  amountPaidMinor: 0,
  creditedMinor: 0,
  paymentReference: 'KD-000042',
  payUrl: 'http://localhost:3000/pay/example',
  pdfUrl: 'http://localhost:3000/invoice-pdf/example',
  pdfLinkExpiresAt: '2026-04-30T09:00:00.000Z',
} satisfies InvoiceEmailProps;
