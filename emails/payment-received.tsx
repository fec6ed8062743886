import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { styles } from './components/styles';
import { SummaryTable, type SummaryRow } from './components/summary-table';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';

export type PaymentReceivedProps = {
  locale: Locale;
  shop: ShopIdentity;
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
};

export default function PaymentReceivedEmail(props: PaymentReceivedProps) {
  const { locale, shop, currency } = props;
  const messages = emailMessages(locale);
  const t = messages.paymentReceived;
  const f = emailFormatter(locale, props.timeZone);
  const body = t.body({
    amount: f.money(props.amountMinor, currency),
    invoiceNumber: props.invoiceNumber,
    date: f.date(props.receivedAt),
  });
  const rows: SummaryRow[] = [{ label: t.received, value: f.money(props.amountMinor, currency) }];
  if (props.creditedMinor > 0) rows.push({ label: t.credited, value: f.money(props.creditedMinor, currency) });
  rows.push({ label: t.stillOpen, value: f.money(props.openMinor, currency), emphasis: true });
  return (
    <Layout locale={locale} shop={shop} preview={body}>
      <Heading as="h1" style={styles.heading}>
        {t.heading}
      </Heading>
      <Text style={styles.paragraph}>{messages.greeting(props.customerName)}</Text>
      <Text style={styles.paragraph}>{body}</Text>
      <SummaryTable rows={rows} />
      <Text style={styles.paragraph}>
        <strong>{props.openMinor > 0 ? t.partly(f.money(props.openMinor, currency)) : t.paidInFull}</strong>
      </Text>
      {props.creditedMinor > 0 ? (
        <Text style={styles.paragraph}>{t.creditNote(f.money(props.creditedMinor, currency))}</Text>
      ) : null}
      {props.invoiceUrl ? (
        <Section style={{ margin: '16px 0' }}>
          <Button href={props.invoiceUrl} style={styles.button}>
            {t.viewCta}
          </Button>
        </Section>
      ) : null}
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
