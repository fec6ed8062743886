import { Link, Text } from './components/primitives';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type AccountExistsProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  /** The sign-in page and the page that mails a password reset: no live link in this mail. */
  signInUrl: string;
  resetUrl: string;
};

/**
 * Sent instead of a confirmation when someone registers with an address that already has an
 * account: the form answered exactly as for a new address, so only the owner learns of it.
 */
export default function AccountExistsEmail(props: AccountExistsProps) {
  const { locale, shop, signInUrl, resetUrl } = props;
  const t = getTranslator(locale, 'emails.accountExists', props.overrides);
  const body = t('body', { shop: shop.name });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} />
      <Text style={styles.paragraph}>{body}</Text>
      <ActionButton href={signInUrl} spacing="20px">
        {t('signIn')}
      </ActionButton>
      <Text style={styles.paragraph}>
        {t('reset')}
        <br />
        <Link href={resetUrl} style={styles.link}>
          {resetUrl}
        </Link>
      </Text>
      <Text style={styles.muted}>{t('ignore')}</Text>
    </Layout>
  );
}

AccountExistsEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  signInUrl: 'http://localhost:3000/signin',
  resetUrl: 'http://localhost:3000/signin/forgot',
} satisfies AccountExistsProps;
