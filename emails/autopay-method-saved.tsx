import { Text } from './components/primitives';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type AutopayMethodSavedProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  customerName: string;
  /** "iDEAL", "Credit card", … */
  methodName: string;
  /** The invoice whose payment saved the method. */
  invoiceNumber: string;
  /** Min Side, where the method can be changed. */
  accountUrl?: string | null;
};

/**
 * The customer's autopay method changed because the payer of a pay link ticked "use for future
 * payments": the account holder hears of it (the link may have been paid by someone else).
 */
export default function AutopayMethodSavedEmail(props: AutopayMethodSavedProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.autopayMethodSaved', props.overrides);
  const body = t('body', { invoice: props.invoiceNumber, method: props.methodName });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      <Text style={styles.paragraph}>{t('notYou')}</Text>
      <ActionButton href={props.accountUrl}>{t('cta')}</ActionButton>
    </Layout>
  );
}

AutopayMethodSavedEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  customerName: 'Daan de Vries',
  methodName: 'iDEAL',
  invoiceNumber: 'KD-000042',
  accountUrl: 'http://localhost:3000/account',
} satisfies AutopayMethodSavedProps;
