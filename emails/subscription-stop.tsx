import { Text } from '@react-email/components';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type SubscriptionStopProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
  /** "Trendhouse – Monthly". */
  subscriptionName: string;
  /** `scheduled`: the customer stopped it at the end of the term; `undone`: they took that back. */
  change: 'scheduled' | 'undone';
  /** ISO 8601: the end of the running term, when a scheduled stop takes effect. */
  endsAt: string;
};

/** Confirms a stop the customer scheduled on Min Side, or its undoing. */
export default function SubscriptionStopEmail(props: SubscriptionStopProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.subscriptionStop', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const date = f.date(props.endsAt);
  const scheduled = props.change === 'scheduled';
  const body = scheduled
    ? t('bodyScheduled', { subscription: props.subscriptionName, date })
    : t('bodyUndone', { subscription: props.subscriptionName });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={scheduled ? t('headingScheduled') : t('headingUndone')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      {scheduled ? <Text style={styles.paragraph}>{t('undoHint', { date })}</Text> : null}
    </Layout>
  );
}

/** The subject line of the message, in its locale. */
export function subscriptionStopSubject(props: SubscriptionStopProps): string {
  const t = getTranslator(props.locale, 'emails.subscriptionStop', props.overrides);
  const f = createFormatter(props.locale, props.timeZone);
  return props.change === 'scheduled'
    ? t('subjectScheduled', { shop: props.shop.name, subscription: props.subscriptionName, date: f.date(props.endsAt) })
    : t('subjectUndone', { shop: props.shop.name, subscription: props.subscriptionName });
}

SubscriptionStopEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  subscriptionName: 'Trendhouse – Monthly',
  change: 'scheduled',
  endsAt: '2026-05-01T09:00:00.000Z',
} satisfies SubscriptionStopProps;
