import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import { ActionButton } from './components/action-button';
import { Layout } from './components/layout';
import type { PaymentNoticeProps } from './components/mail-props';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type PaymentFailedProps = PaymentNoticeProps & {
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
  const t = getTranslator(locale, 'emails.paymentFailed', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const method = props.paymentMethodLabel ?? '';
  const body = t('body', {
    amount: f.money(props.amountMinor, props.currency),
    invoice: props.invoiceNumber,
    has_method: method ? 'yes' : 'no',
    method,
  });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      {props.reason ? <Text style={styles.paragraph}>{t('reason', { reason: props.reason })}</Text> : null}
      {props.failure === 'temporary' ? (
        props.retryAt ? (
          <Text style={styles.paragraph}>
            <strong>{t('retry', { date: f.date(props.retryAt) })}</strong>
          </Text>
        ) : null
      ) : (
        <>
          <Text style={styles.paragraph}>
            <strong>{t('permanent')}</strong>
          </Text>
          <ActionButton href={props.updatePaymentMethodUrl}>{t('updateCta')}</ActionButton>
          {props.payUrl ? (
            <Text style={styles.paragraph}>
              <a href={props.payUrl} style={styles.link}>
                {getTranslator(locale, 'emails.common', props.overrides)('payCta')}
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
