import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import { ActionButton } from './components/action-button';
import { Layout } from './components/layout';
import type { PaymentNoticeProps } from './components/mail-props';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type PaymentReturnedProps = PaymentNoticeProps & {
  /** `debit`: a SEPA direct debit the bank returned; `card`: a card chargeback, or any other payment taken back. */
  kind: 'debit' | 'card';
  /** ISO 8601: when it was taken back. */
  returnedAt: string;
  /**
   * The payer disputed it, or no reason says otherwise: the method is not charged again by
   * itself, and the customer pays through the link or sets up a new method.
   */
  disputed: boolean;
  /** Where the invoice is paid now (null: no public address is configured). */
  payUrl: string | null;
  /** Where the customer sets up another method (a disputed return). */
  updatePaymentMethodUrl?: string | null;
};

/** A paid payment taken back: a SEPA debit returned by the bank, a card chargeback. */
export default function PaymentReturnedEmail(props: PaymentReturnedProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.paymentReturned', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const method = props.paymentMethodLabel ?? '';
  const values = { amount: f.money(props.amountMinor, props.currency), invoice: props.invoiceNumber, date: f.date(props.returnedAt) };
  const body = props.kind === 'debit' ? t('bodyDebit', values) : t('bodyCard', values);
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={props.kind === 'debit' ? t('headingDebit') : t('headingCard')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      {props.reason ? <Text style={styles.paragraph}>{t('reason', { reason: props.reason })}</Text> : null}
      <Text style={styles.paragraph}>
        <strong>{t('owed', { amount: values.amount, invoice: props.invoiceNumber })}</strong>
      </Text>
      <ActionButton href={props.payUrl}>{t('payCta')}</ActionButton>
      {props.disputed ? (
        <>
          <Text style={styles.paragraph}>{t('noRetry', { has_method: method ? 'yes' : 'no', method })}</Text>
          {props.updatePaymentMethodUrl ? (
            <Text style={styles.paragraph}>
              <a href={props.updatePaymentMethodUrl} style={styles.link}>
                {t('updateCta')}
              </a>
            </Text>
          ) : null}
        </>
      ) : null}
    </Layout>
  );
}

/** The subject line, in the props' locale. */
export function paymentReturnedSubject(props: PaymentReturnedProps): string {
  const t = getTranslator(props.locale, 'emails.paymentReturned', props.overrides);
  return t(props.kind === 'debit' ? 'subjectDebit' : 'subjectCard', { shop: props.shop.name, invoice: props.invoiceNumber });
}

PaymentReturnedEmail.PreviewProps = {
  locale: 'nl',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  invoiceNumber: 'KD-000042',
  amountMinor: 3875,
  currency: 'EUR',
  kind: 'debit',
  paymentMethodLabel: 'SEPA direct debit NL91 •••• 4300',
  returnedAt: '2026-04-02T13:00:00.000Z',
  reason: 'Disputed by the debtor',
  disputed: true,
  payUrl: 'https://shop.example.org/pay/invoice-token',
  updatePaymentMethodUrl: 'https://shop.example.org/account/payment-methods',
} satisfies PaymentReturnedProps;
