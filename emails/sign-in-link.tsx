import { Link, Text } from '@react-email/components';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type SignInLinkProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The one-time magic link. */
  url: string;
  /** How long the link stays valid (the Auth.js provider's maxAge). */
  expiresInMinutes: number;
};

export default function SignInLinkEmail({ locale, shop, url, expiresInMinutes }: SignInLinkProps) {
  const t = getTranslator(locale, 'emails.signIn');
  // Whole hours when the link lasts a whole number of hours, else minutes.
  const inHours = expiresInMinutes % 60 === 0;
  const expiry = t('expiry', { unit: inHours ? 'hour' : 'minute', count: inHours ? expiresInMinutes / 60 : expiresInMinutes });
  return (
    <Layout locale={locale} shop={shop} preview={t('body')}>
      <Opening locale={locale} title={t('heading', { shop: shop.name })} />
      <Text style={styles.paragraph}>{t('body')}</Text>
      <ActionButton href={url} spacing="20px">
        {t('cta')}
      </ActionButton>
      <Text style={styles.paragraph}>{expiry}</Text>
      <Text style={styles.muted}>
        {t('fallback')}
        <br />
        <Link href={url} style={styles.link}>
          {url}
        </Link>
      </Text>
      <Text style={styles.muted}>{t('ignore')}</Text>
    </Layout>
  );
}

SignInLinkEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  url: 'http://localhost:3000/api/auth/callback/email?token=example&email=customer%40example.com',
  expiresInMinutes: 60,
} satisfies SignInLinkProps;
