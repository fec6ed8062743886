import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { styles } from './components/styles';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';

export type SuspensionNoticeProps = {
  locale: Locale;
  shop: ShopIdentity;
  customerName: string;
  /** "Trendhouse – Monthly"; null when the invoice is not for one subscription. */
  subscriptionName: string | null;
  invoiceNumber: string;
  currency: string;
  /** What is still open of the invoice, fees included. */
  openMinor: number;
  payUrl?: string | null;
};

export default function SuspensionNoticeEmail(props: SuspensionNoticeProps) {
  const { locale, shop } = props;
  const messages = emailMessages(locale);
  const t = messages.suspension;
  const f = emailFormatter(locale);
  const body = t.body({
    subscription: props.subscriptionName,
    invoiceNumber: props.invoiceNumber,
    amount: f.money(props.openMinor, props.currency),
  });
  return (
    <Layout locale={locale} shop={shop} preview={body}>
      <Heading as="h1" style={styles.heading}>
        {t.heading}
      </Heading>
      <Text style={styles.paragraph}>{messages.greeting(props.customerName)}</Text>
      <Text style={styles.paragraph}>{body}</Text>
      <Text style={styles.paragraph}>
        <strong>{t.restore}</strong>
      </Text>
      {props.payUrl ? (
        <Section style={{ margin: '16px 0' }}>
          <Button href={props.payUrl} style={styles.button}>
            {t.cta}
          </Button>
        </Section>
      ) : null}
    </Layout>
  );
}

SuspensionNoticeEmail.PreviewProps = {
  locale: 'de',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  customerName: 'Erika Mustermann',
  subscriptionName: 'Trendhouse – Monthly',
  invoiceNumber: 'KD-000042',
  currency: 'EUR',
  openMinor: 3700,
  payUrl: 'http://localhost:3000/account/invoices/example',
} satisfies SuspensionNoticeProps;
