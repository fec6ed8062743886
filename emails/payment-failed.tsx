import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { styles } from './components/styles';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';

export type PaymentFailedProps = {
  locale: Locale;
  shop: ShopIdentity;
  timeZone: string;
  customerName: string;
  invoiceNumber: string;
  amountMinor: number;
  currency: string;
  /** The mandate that was charged ("Visa •••• 4242"), when known. */
  paymentMethodLabel?: string | null;
  /** The provider's reason, as it gave it ("insufficient funds"). */
  reason: string | null;
  /**
   * `temporary` (e.g. insufficient funds): the charge is retried by itself on `retryAt`.
   * `permanent` (expired card, closed account): the customer must update the payment method.
   */
  failure: 'temporary' | 'permanent';
  /** ISO 8601; for a temporary failure. */
  retryAt?: string | null;
  /** For a permanent failure: where the customer changes the payment method. */
  updatePaymentMethodUrl?: string | null;
  /** For a permanent failure: where the invoice can be paid now. */
  payUrl?: string | null;
};

export default function PaymentFailedEmail(props: PaymentFailedProps) {
  const { locale, shop } = props;
  const messages = emailMessages(locale);
  const t = messages.paymentFailed;
  const f = emailFormatter(locale, props.timeZone);
  const body = t.body({
    amount: f.money(props.amountMinor, props.currency),
    invoiceNumber: props.invoiceNumber,
    method: props.paymentMethodLabel ?? null,
  });
  return (
    <Layout locale={locale} shop={shop} preview={body}>
      <Heading as="h1" style={styles.heading}>
        {t.heading}
      </Heading>
      <Text style={styles.paragraph}>{messages.greeting(props.customerName)}</Text>
      <Text style={styles.paragraph}>{body}</Text>
      {props.reason ? (
        <Text style={styles.paragraph}>
          {t.reason}: {props.reason}
        </Text>
      ) : null}
      {props.failure === 'temporary' ? (
        props.retryAt ? (
          <Text style={styles.paragraph}>
            <strong>{t.retry(f.date(props.retryAt))}</strong>
          </Text>
        ) : null
      ) : (
        <>
          <Text style={styles.paragraph}>
            <strong>{t.permanent}</strong>
          </Text>
          {props.updatePaymentMethodUrl ? (
            <Section style={{ margin: '16px 0' }}>
              <Button href={props.updatePaymentMethodUrl} style={styles.button}>
                {t.updateCta}
              </Button>
            </Section>
          ) : null}
          {props.payUrl ? (
            <Text style={styles.paragraph}>
              <a href={props.payUrl} style={styles.link}>
                {messages.invoice.payCta}
              </a>
            </Text>
          ) : null}
        </>
      )}
    </Layout>
  );
}

PaymentFailedEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  invoiceNumber: 'KD-000042',
  amountMinor: 3200,
  currency: 'EUR',
  paymentMethodLabel: 'Visa •••• 4242',
  reason: 'Insufficient funds',
  failure: 'temporary',
  retryAt: '2026-03-04T09:00:00.000Z',
} satisfies PaymentFailedProps;
