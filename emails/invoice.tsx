import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { dataTableClass, styles } from './components/styles';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';

export type InvoiceEmailLine = {
  description: string;
  quantity: number;
  unitAmountMinor: number;
  /** VAT included. */
  amountMinor: number;
  taxRateBp: number;
  taxMinor: number;
};

export type InvoiceEmailProps = {
  locale: Locale;
  shop: ShopIdentity;
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
  paymentReference?: string | null;
  /** Where an open invoice can be paid. */
  payUrl?: string | null;
};

/** VAT per rate, in the order the rates first appear. */
function vatByRate(lines: InvoiceEmailLine[]): Array<{ rateBp: number; taxMinor: number }> {
  const totals = new Map<number, number>();
  for (const line of lines) totals.set(line.taxRateBp, (totals.get(line.taxRateBp) ?? 0) + line.taxMinor);
  return [...totals].map(([rateBp, taxMinor]) => ({ rateBp, taxMinor }));
}

export default function InvoiceEmail(props: InvoiceEmailProps) {
  const { locale, shop, currency } = props;
  const messages = emailMessages(locale);
  const t = messages.invoice;
  const f = emailFormatter(locale, props.timeZone);
  const dueMinor = props.totalMinor - props.amountPaidMinor;
  const statusLine =
    props.status === 'paid'
      ? t.paid(f.date(props.paidAt ?? props.issuedAt))
      : t.due(f.money(dueMinor, currency), props.dueAt ? f.date(props.dueAt) : null);
  return (
    <Layout locale={locale} shop={shop} preview={`${t.heading(props.invoiceNumber)} – ${statusLine}`}>
      <Heading as="h1" style={styles.heading}>
        {t.heading(props.invoiceNumber)}
      </Heading>
      <Text style={styles.paragraph}>{messages.greeting(props.customerName)}</Text>
      <Text style={styles.paragraph}>{t.intro}</Text>

      <table style={styles.table} cellPadding={0} cellSpacing={0} role="presentation">
        <tbody>
          <tr>
            <td style={styles.td}>
              <strong>{t.billedTo}</strong>
              {props.billedTo.map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </td>
            <td style={styles.tdRight}>
              <div>
                {t.invoiceNumber}: {props.invoiceNumber}
              </div>
              <div>
                {t.issueDate}: {f.date(props.issuedAt)}
              </div>
              {props.dueAt ? (
                <div>
                  {t.dueDate}: {f.date(props.dueAt)}
                </div>
              ) : null}
              {props.paymentReference ? (
                <div>
                  {t.paymentReference}: {props.paymentReference}
                </div>
              ) : null}
            </td>
          </tr>
        </tbody>
      </table>

      <table className={dataTableClass} style={styles.table} cellPadding={0} cellSpacing={0} role="presentation">
        <thead>
          <tr>
            <th style={styles.th}>{t.columns.description}</th>
            <th style={styles.thRight}>{t.columns.quantity}</th>
            <th style={styles.thRight}>{t.columns.unitPrice}</th>
            <th style={styles.thRight}>{t.columns.vat}</th>
            <th style={styles.thRight}>{t.columns.amount}</th>
          </tr>
        </thead>
        <tbody>
          {props.lines.map((line, i) => (
            <tr key={i}>
              <td style={styles.td}>{line.description}</td>
              <td style={styles.tdRight}>{line.quantity}</td>
              <td style={styles.tdRight}>{f.money(line.unitAmountMinor, currency)}</td>
              <td style={styles.tdRight}>{f.rate(line.taxRateBp)}</td>
              <td style={styles.tdRight}>{f.money(line.amountMinor, currency)}</td>
            </tr>
          ))}
          <tr>
            <td style={styles.totalLabel} colSpan={4}>
              {t.subtotal}
            </td>
            <td style={styles.totalValue}>{f.money(props.subtotalMinor, currency)}</td>
          </tr>
          {vatByRate(props.lines).map(({ rateBp, taxMinor }) => (
            <tr key={rateBp}>
              <td style={styles.totalLabel} colSpan={4}>
                {t.vatAt(f.rate(rateBp))}
              </td>
              <td style={styles.totalValue}>{f.money(taxMinor, currency)}</td>
            </tr>
          ))}
          <tr>
            <td style={styles.grandTotalLabel} colSpan={4}>
              {t.total}
            </td>
            <td style={styles.grandTotalValue}>{f.money(props.totalMinor, currency)}</td>
          </tr>
          {props.amountPaidMinor > 0 && props.status === 'open' ? (
            <>
              <tr>
                <td style={styles.totalLabel} colSpan={4}>
                  {t.amountPaid}
                </td>
                <td style={styles.totalValue}>{f.money(props.amountPaidMinor, currency)}</td>
              </tr>
              <tr>
                <td style={styles.grandTotalLabel} colSpan={4}>
                  {t.amountDue}
                </td>
                <td style={styles.grandTotalValue}>{f.money(dueMinor, currency)}</td>
              </tr>
            </>
          ) : null}
        </tbody>
      </table>

      <Text style={styles.paragraph}>
        <strong>{statusLine}</strong>
      </Text>
      {props.status === 'open' && props.payUrl ? (
        <Section style={{ margin: '16px 0' }}>
          <Button href={props.payUrl} style={styles.button}>
            {t.payCta}
          </Button>
        </Section>
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
  paymentReference: 'KD-000042',
  payUrl: 'http://localhost:3000/pay/example',
} satisfies InvoiceEmailProps;
