import { Text } from './components/primitives';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type WebhookEndpointDisabledProps = {
  /** The owner's language. */
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  url: string;
  /** How many days every delivery failed. */
  days: number;
  /** The last failure as the log shows it ("The endpoint answered 500."). */
  lastError: string | null;
  /** Dashboard → Webhooks. */
  dashboardUrl: string | null;
};

export default function WebhookEndpointDisabledEmail(props: WebhookEndpointDisabledProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.webhookEndpointDisabled', props.overrides);
  const body = t('body', { url: props.url, days: String(props.days) });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} />
      <Text style={styles.paragraph}>{body}</Text>
      {props.lastError ? <Text style={styles.paragraph}>{t('lastError', { error: props.lastError })}</Text> : null}
      <Text style={styles.paragraph}>{t('action')}</Text>
      <ActionButton href={props.dashboardUrl}>{t('cta')}</ActionButton>
    </Layout>
  );
}

WebhookEndpointDisabledEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  url: 'https://crm.example.com/hooks/kadens',
  days: 5,
  lastError: 'The endpoint answered 500.',
  dashboardUrl: 'https://shop.example.com/dashboard/webhooks',
} satisfies WebhookEndpointDisabledProps;
