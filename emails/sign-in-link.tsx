import { Button, Heading, Link, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { styles } from './components/styles';
import { emailMessages, type Locale } from './i18n';

export type SignInLinkProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The one-time magic link. */
  url: string;
  /** How long the link stays valid (the Auth.js provider's maxAge). */
  expiresInMinutes: number;
};

export default function SignInLinkEmail({ locale, shop, url, expiresInMinutes }: SignInLinkProps) {
  const t = emailMessages(locale).signIn;
  return (
    <Layout locale={locale} shop={shop} preview={t.body}>
      <Heading as="h1" style={styles.heading}>
        {t.heading(shop.name)}
      </Heading>
      <Text style={styles.paragraph}>{t.body}</Text>
      <Section style={{ margin: '20px 0' }}>
        <Button href={url} style={styles.button}>
          {t.cta}
        </Button>
      </Section>
      <Text style={styles.paragraph}>{t.expiry(expiresInMinutes)}</Text>
      <Text style={styles.muted}>
        {t.fallback}
        <br />
        <Link href={url} style={styles.link}>
          {url}
        </Link>
      </Text>
      <Text style={styles.muted}>{t.ignore}</Text>
    </Layout>
  );
}

SignInLinkEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  url: 'http://localhost:3000/api/auth/callback/email?token=example&email=customer%40example.com',
  expiresInMinutes: 60,
} satisfies SignInLinkProps;
