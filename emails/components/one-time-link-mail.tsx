import { Link, Text } from './primitives';
import type { Locale } from '@/lib/i18n/locales';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { getTranslator } from '@/lib/i18n/translator';
import { ActionButton } from './action-button';
import { Layout, type ShopIdentity } from './layout';
import { Opening } from './opening';
import { styles } from './styles';

/** What every one-time-link mail is given: who sends it, the link and how long it works. */
export type OneTimeLinkProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The one-time link; it holds a secret token (these templates are marked sensitive). */
  url: string;
  expiresInMinutes: number;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
};

/**
 * A mail whose point is a link that works once for a while (sign in, confirm an address, reset
 * a password): the texts, the button, how long it lasts, and the address written out for mail
 * clients that hide buttons.
 */
export function OneTimeLinkMail({
  locale,
  shop,
  url,
  expiresInMinutes,
  texts,
  overrides,
}: OneTimeLinkProps & { texts: { heading: string; body: string; cta: string; ignore: string } }) {
  const t = getTranslator(locale, 'emails.signIn', overrides);
  // Whole hours when the link lasts a whole number of hours, else minutes.
  const inHours = expiresInMinutes % 60 === 0;
  const expiry = t('expiry', { unit: inHours ? 'hour' : 'minute', count: inHours ? expiresInMinutes / 60 : expiresInMinutes });
  return (
    <Layout locale={locale} overrides={overrides} shop={shop} preview={texts.body}>
      <Opening locale={locale} overrides={overrides} title={texts.heading} />
      <Text style={styles.paragraph}>{texts.body}</Text>
      <ActionButton href={url} spacing="20px">
        {texts.cta}
      </ActionButton>
      <Text style={styles.paragraph}>{expiry}</Text>
      <Text style={styles.muted}>
        {t('fallback')}
        <br />
        <Link href={url} style={styles.link}>
          {url}
        </Link>
      </Text>
      <Text style={styles.muted}>{texts.ignore}</Text>
    </Layout>
  );
}
