import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type SubscriptionPauseProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
  /** "Trendhouse – Monthly". */
  subscriptionName: string;
} & (
  | {
      /** A pause asked for: from the end of the paid term (`startsAt`) until `resumesAt` (null: until resumed). */
      change: 'paused';
      startsAt: string;
      resumesAt: string | null;
    }
  | {
      /** The pause is over (or called off): the next term starts at `nextTermStartsAt`. */
      change: 'resumed';
      nextTermStartsAt: string;
    }
  | {
      /** The customer stayed with the shop's retention coupon: "20% off" "on your next 3 invoices". */
      change: 'discount';
      discount: string;
      duration: string;
    }
);

/** Confirms a pause, its end, or a retention discount accepted instead of a stop. */
export default function SubscriptionPauseEmail(props: SubscriptionPauseProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.subscriptionPause', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const subscription = props.subscriptionName;
  let heading: string;
  let body: string;
  let hint: string | null = null;
  if (props.change === 'paused') {
    heading = t('headingPaused');
    body = props.resumesAt
      ? t('bodyPausedUntil', { subscription, start: f.date(props.startsAt), end: f.date(props.resumesAt) })
      : t('bodyPausedOpen', { subscription, start: f.date(props.startsAt) });
    hint = t('resumeHint');
  } else if (props.change === 'resumed') {
    heading = t('headingResumed');
    body = t('bodyResumed', { subscription, date: f.date(props.nextTermStartsAt) });
  } else {
    heading = t('headingDiscount');
    body = t('bodyDiscount', { subscription, discount: props.discount, duration: props.duration });
  }
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={heading} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      {hint ? <Text style={styles.paragraph}>{hint}</Text> : null}
    </Layout>
  );
}

/** The subject line of the message, in its locale. */
export function subscriptionPauseSubject(props: SubscriptionPauseProps): string {
  const t = getTranslator(props.locale, 'emails.subscriptionPause', props.overrides);
  const f = createFormatter(props.locale, props.timeZone);
  const base = { shop: props.shop.name, subscription: props.subscriptionName };
  if (props.change === 'paused') return t('subjectPaused', { ...base, start: f.date(props.startsAt) });
  if (props.change === 'resumed') return t('subjectResumed', base);
  return t('subjectDiscount', base);
}

SubscriptionPauseEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  subscriptionName: 'Trendhouse – Monthly',
  change: 'paused',
  startsAt: '2026-05-01T08:00:00.000Z',
  resumesAt: '2026-08-01T08:00:00.000Z',
} satisfies SubscriptionPauseProps;
