import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { styles } from './components/styles';
import { SummaryTable, type SummaryRow } from './components/summary-table';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';

export type ReminderProps = {
  locale: Locale;
  shop: ShopIdentity;
  timeZone: string;
  customerName: string;
  /** 1 for the first reminder of this invoice, 2 for the second, ... */
  step: number;
  invoiceNumber: string;
  currency: string;
  /** ISO 8601: the due date the invoice was issued with. */
  originalDueAt: string;
  /** What is still open of the invoice itself, reminder fees left out. */
  openMinor: number;
  /** Reminder fees owed on top, shown as their own line; 0 for none. */
  feeMinor: number;
  /** The new deadline, ISO 8601. */
  newDueAt: string;
  payUrl?: string | null;
};

export default function ReminderEmail(props: ReminderProps) {
  const { locale, shop, currency } = props;
  const messages = emailMessages(locale);
  const t = messages.reminder;
  const f = emailFormatter(locale, props.timeZone);
  const total = f.money(props.openMinor + props.feeMinor, currency);
  const rows: SummaryRow[] = [{ label: t.openAmount(props.invoiceNumber), value: f.money(props.openMinor, currency) }];
  if (props.feeMinor > 0) rows.push({ label: t.fee, value: f.money(props.feeMinor, currency) });
  rows.push({ label: t.totalDue, value: total, emphasis: true });
  const payBy = t.payBy(total, f.date(props.newDueAt));
  return (
    <Layout locale={locale} shop={shop} preview={payBy}>
      <Heading as="h1" style={styles.heading}>
        {t.title(props.step)}
      </Heading>
      <Text style={styles.paragraph}>{messages.greeting(props.customerName)}</Text>
      <Text style={styles.paragraph}>{t.intro(props.invoiceNumber, f.date(props.originalDueAt))}</Text>
      <SummaryTable rows={rows} />
      <Text style={styles.paragraph}>
        <strong>{payBy}</strong>
      </Text>
      {props.payUrl ? (
        <Section style={{ margin: '16px 0' }}>
          <Button href={props.payUrl} style={styles.button}>
            {messages.invoice.payCta}
          </Button>
        </Section>
      ) : null}
      <Text style={styles.muted}>{t.alreadyPaid}</Text>
    </Layout>
  );
}

ReminderEmail.PreviewProps = {
  locale: 'nl',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  step: 1,
  invoiceNumber: 'KD-000042',
  currency: 'EUR',
  originalDueAt: '2026-03-15T09:00:00.000Z',
  openMinor: 3200,
  feeMinor: 500,
  newDueAt: '2026-03-29T09:00:00.000Z',
  payUrl: 'http://localhost:3000/account/invoices/example',
} satisfies ReminderProps;
