import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { styles } from './components/styles';
import { SummaryTable } from './components/summary-table';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';

export type TerminationProps = {
  locale: Locale;
  shop: ShopIdentity;
  timeZone: string;
  customerName: string;
  /** "Trendhouse – Monthly". */
  subscriptionName: string;
  /** ISO 8601. */
  terminatedAt: string;
  currency: string;
  /** The subscription's invoices still open, with what is open of each (fees included). */
  openInvoices: Array<{ invoiceNumber: string; openMinor: number }>;
  payUrl?: string | null;
};

export default function TerminationEmail(props: TerminationProps) {
  const { locale, shop, currency } = props;
  const messages = emailMessages(locale);
  const t = messages.termination;
  const f = emailFormatter(locale, props.timeZone);
  const owedMinor = props.openInvoices.reduce((sum, invoice) => sum + invoice.openMinor, 0);
  const owed = owedMinor > 0 ? t.owed(f.money(owedMinor, currency)) : t.nothingOwed;
  return (
    <Layout locale={locale} shop={shop} preview={`${t.heading}. ${owed}`}>
      <Heading as="h1" style={styles.heading}>
        {t.heading}
      </Heading>
      <Text style={styles.paragraph}>{messages.greeting(props.customerName)}</Text>
      <Text style={styles.paragraph}>{t.body(props.subscriptionName, f.date(props.terminatedAt))}</Text>
      {owedMinor > 0 ? (
        <SummaryTable
          header={[t.columns.invoice, t.columns.open]}
          rows={[
            ...props.openInvoices.map((invoice) => ({
              label: invoice.invoiceNumber,
              value: f.money(invoice.openMinor, currency),
            })),
            { label: t.totalOwed, value: f.money(owedMinor, currency), emphasis: true },
          ]}
        />
      ) : null}
      <Text style={styles.paragraph}>
        <strong>{owed}</strong>
      </Text>
      {owedMinor > 0 && props.payUrl ? (
        <Section style={{ margin: '16px 0' }}>
          <Button href={props.payUrl} style={styles.button}>
            {messages.invoice.payCta}
          </Button>
        </Section>
      ) : null}
      <Text style={styles.paragraph}>{t.welcomeBack}</Text>
    </Layout>
  );
}

TerminationEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  subscriptionName: 'Trendhouse – Monthly',
  terminatedAt: '2026-05-01T09:00:00.000Z',
  currency: 'EUR',
  openInvoices: [
    { invoiceNumber: 'KD-000042', openMinor: 3700 },
    { invoiceNumber: 'KD-000057', openMinor: 3200 },
  ],
  payUrl: 'http://localhost:3000/account',
} satisfies TerminationProps;
