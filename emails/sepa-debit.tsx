import { Text } from './components/primitives';
import type { Locale } from '@/lib/i18n/locales';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type SepaDebitProps = {
  locale: Locale;
  shop: ShopIdentity;
  overrides?: TextOverrides;
  /**
   * `announced`: the pre-notification of a debit under the mandate given at checkout (sent when
   * it is asked for); `mandate`: a free trial's mandate, nothing debited yet; `failed`: the
   * debit did not go through at the bank and the order did not start.
   */
  kind: 'announced' | 'mandate' | 'failed';
  customerName: string;
  amountMinor: number;
  currency: string;
  /** The debited account, masked ("DE89 •••• 3000"). */
  account: string;
  mandateReference: string;
  /** Who collects the debit: the seller's legal name (else the shop's name). */
  creditorName: string;
  /** The SEPA creditor identifier from the seller identity, when it is set. */
  creditorId: string | null;
  /** Why a failed debit failed, as the bank or provider gave it. */
  reason?: string | null;
  /** Where a failed order can be paid another way. */
  retryUrl?: string | null;
};

/** A SEPA direct debit at checkout: its pre-notification, a trial's mandate, or its failure. */
export default function SepaDebitEmail(props: SepaDebitProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.sepaDebit', props.overrides);
  const amount = createFormatter(locale, 'UTC').money(props.amountMinor, props.currency);
  const body =
    props.kind === 'failed'
      ? t('bodyFailed', { amount, account: props.account, reason: props.reason || t('noReason') })
      : props.kind === 'mandate'
        ? t('bodyMandate', { account: props.account })
        : t('bodyAnnounced', { amount, account: props.account });
  const heading = props.kind === 'failed' ? t('headingFailed') : props.kind === 'mandate' ? t('headingMandate') : t('headingAnnounced');
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={heading} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      <Text style={styles.paragraph}>
        {t('creditor', { creditor: props.creditorName })}
        <br />
        {props.creditorId && (
          <>
            {t('creditorId', { id: props.creditorId })}
            <br />
          </>
        )}
        {t('mandateReference', { reference: props.mandateReference })}
      </Text>
      {props.kind === 'failed' ? <ActionButton href={props.retryUrl}>{t('ctaFailed')}</ActionButton> : <Text style={styles.paragraph}>{t('refundRight')}</Text>}
    </Layout>
  );
}

/** The subject line, in the props' locale. */
export function sepaDebitSubject(props: SepaDebitProps): string {
  const t = getTranslator(props.locale, 'emails.sepaDebit', props.overrides);
  const amount = createFormatter(props.locale, 'UTC').money(props.amountMinor, props.currency);
  if (props.kind === 'failed') return t('subjectFailed', { shop: props.shop.name });
  if (props.kind === 'mandate') return t('subjectMandate', { shop: props.shop.name });
  return t('subjectAnnounced', { amount, shop: props.shop.name });
}

SepaDebitEmail.PreviewProps = {
  locale: 'de',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  kind: 'announced',
  customerName: 'Erika Mustermann',
  amountMinor: 1999,
  currency: 'EUR',
  account: 'DE89 •••• 3000',
  mandateReference: 'K3F2C9A105B7E4C1D9A8E2F4B6C8D0E12',
  creditorName: 'Kadens Demo B.V.',
  creditorId: 'NL08ZZZ502057730000',
} satisfies SepaDebitProps;
