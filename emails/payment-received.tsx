import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';
import { SummaryTable, type SummaryRow } from './components/summary-table';

export type PaymentReceivedProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
  invoiceNumber: string;
  currency: string;
  /** What this payment brought in. */
  amountMinor: number;
  /** ISO 8601: when the money was received. */
  receivedAt: string;
  /** What the invoice still owes after this payment; 0 when it is paid in full. */
  openMinor: number;
  /** Paid beyond what the invoice owed, kept as credit on the customer's account; 0 for none. */
  creditedMinor: number;
  /** The invoice on Min Side. */
  invoiceUrl?: string | null;
  /**
   * The invoice was cancelled with its unpaid order before this money arrived (lapseOrder): all
   * of it is the customer's credit, and "paid in full" would be untrue.
   */
  orderCancelled?: boolean;
};

export default function PaymentReceivedEmail(props: PaymentReceivedProps) {
  const { locale, shop, currency } = props;
  const t = getTranslator(locale, 'emails.paymentReceived', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const money = (minor: number) => f.money(minor, currency);
  const body = t('body', { amount: money(props.amountMinor), invoice: props.invoiceNumber, date: f.date(props.receivedAt) });
  const rows: SummaryRow[] = [{ label: t('received'), value: money(props.amountMinor) }];
  if (props.creditedMinor > 0) rows.push({ label: t('credited'), value: money(props.creditedMinor) });
  rows.push({ label: t('stillOpen'), value: money(props.openMinor), emphasis: true });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      <SummaryTable rows={rows} />
      {props.orderCancelled ? (
        <Text style={styles.paragraph}>
          <strong>{t('orderCancelled', { amount: money(props.creditedMinor) })}</strong>
        </Text>
      ) : (
        <>
          <Text style={styles.paragraph}>
            <strong>{props.openMinor > 0 ? t('partly', { amount: money(props.openMinor) }) : t('paidInFull')}</strong>
          </Text>
          {props.creditedMinor > 0 ? <Text style={styles.paragraph}>{t('creditNote', { amount: money(props.creditedMinor) })}</Text> : null}
        </>
      )}
      <ActionButton href={props.invoiceUrl}>{t('viewCta')}</ActionButton>
    </Layout>
  );
}

PaymentReceivedEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  invoiceNumber: 'KD-000042',
  currency: 'EUR',
  amountMinor: 2000,
  receivedAt: '2026-03-05T11:00:00.000Z',
  openMinor: 1200,
  creditedMinor: 0,
  invoiceUrl: 'http://localhost:3000/account/invoices/example',
} satisfies PaymentReceivedProps;
