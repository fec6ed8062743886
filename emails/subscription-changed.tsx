import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type SubscriptionChangedProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
  /** The plan it was on, e.g. "Trendhouse – Monthly". */
  fromName: string;
  fromQuantity: number;
  /** The plan it moves to. */
  toName: string;
  toQuantity: number;
  /**
   * `applied`: changed at once; `scheduled`: from `effectiveAt`; `canceled`: a scheduled change
   * withdrawn; `extended`: staff gave `extendedDays` more days, the term now ends at `effectiveAt`.
   */
  change: 'applied' | 'scheduled' | 'canceled' | 'extended';
  /** The days staff added (`extended` only). */
  extendedDays?: number;
  /** ISO 8601. */
  effectiveAt: string;
  currency: string;
  /** What a term costs on the new plan (VAT included). */
  termAmountMinor: number;
  /** The proration invoice's total of an upgrade; null when there is none. */
  prorationMinor: number | null;
};

/** Confirms a change of plan, interval or quantity, or the withdrawal of a scheduled one. */
export default function SubscriptionChangedEmail(props: SubscriptionChangedProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.subscriptionChanged', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const values = {
    from: props.fromName,
    fromQuantity: String(props.fromQuantity),
    to: props.toName,
    toQuantity: String(props.toQuantity),
    date: f.date(props.effectiveAt),
    amount: f.money(props.termAmountMinor, props.currency),
    days: String(props.extendedDays ?? 0),
  };
  const body = t(`body.${props.change}`, values);
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t(`heading.${props.change}`)} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      {props.prorationMinor !== null ? (
        <Text style={styles.paragraph}>{t('proration', { amount: f.money(props.prorationMinor, props.currency) })}</Text>
      ) : null}
    </Layout>
  );
}

/** The subject line of the message, in its locale. */
export function subscriptionChangedSubject(props: SubscriptionChangedProps): string {
  const t = getTranslator(props.locale, 'emails.subscriptionChanged', props.overrides);
  return t(`subject.${props.change}`, { shop: props.shop.name, to: props.toName });
}

SubscriptionChangedEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  fromName: 'Trendhouse – Monthly',
  fromQuantity: 1,
  toName: 'Trendhouse – Monthly Plus',
  toQuantity: 2,
  change: 'applied',
  effectiveAt: '2026-05-10T09:00:00.000Z',
  currency: 'EUR',
  termAmountMinor: 5998,
  prorationMinor: 2087,
} satisfies SubscriptionChangedProps;
