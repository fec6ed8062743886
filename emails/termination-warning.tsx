import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { styles } from './components/styles';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';

export type TerminationWarningProps = {
  locale: Locale;
  shop: ShopIdentity;
  timeZone: string;
  customerName: string;
  /** "Trendhouse – Monthly"; null when the invoice is not for one subscription. */
  subscriptionName: string | null;
  invoiceNumber: string;
  currency: string;
  /** What is still open of the invoice, fees included. */
  openMinor: number;
  /** ISO 8601: when the subscription is terminated unless the invoice is paid. */
  terminateAt: string;
  payUrl?: string | null;
};

export default function TerminationWarningEmail(props: TerminationWarningProps) {
  const { locale, shop } = props;
  const messages = emailMessages(locale);
  const t = messages.terminationWarning;
  const f = emailFormatter(locale, props.timeZone);
  const body = t.body({
    subscription: props.subscriptionName,
    invoiceNumber: props.invoiceNumber,
    amount: f.money(props.openMinor, props.currency),
    date: f.date(props.terminateAt),
  });
  return (
    <Layout locale={locale} shop={shop} preview={body}>
      <Heading as="h1" style={styles.heading}>
        {t.heading}
      </Heading>
      <Text style={styles.paragraph}>{messages.greeting(props.customerName)}</Text>
      <Text style={styles.paragraph}>{body}</Text>
      <Text style={styles.paragraph}>
        <strong>{t.avoid}</strong>
      </Text>
      {props.payUrl ? (
        <Section style={{ margin: '16px 0' }}>
          <Button href={props.payUrl} style={styles.button}>
            {messages.invoice.payCta}
          </Button>
        </Section>
      ) : null}
    </Layout>
  );
}

TerminationWarningEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  subscriptionName: 'Trendhouse – Monthly',
  invoiceNumber: 'KD-000042',
  currency: 'EUR',
  openMinor: 3700,
  terminateAt: '2026-04-30T09:00:00.000Z',
  payUrl: 'http://localhost:3000/account/invoices/example',
} satisfies TerminationWarningProps;
