import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';
import { SummaryTable } from './components/summary-table';

export type TermAnnouncementProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  /** The shop's time zone: the period's dates are the merchant's calendar days. */
  timeZone: string;
  customerName: string;
  productName: string;
  planName: string;
  /** The coming term, ISO 8601; the end is exclusive (the next term's start). */
  periodStart: string;
  periodEnd: string;
  /** What the term costs, VAT included. */
  amountMinor: number;
  currency: string;
  /** `autopay`: charged from a stored mandate on `collectAt`; `invoice`: the invoice is sent on `collectAt`. */
  collection: 'autopay' | 'invoice';
  collectAt: string;
  /** The mandate charged, as the customer knows it ("Visa •••• 4242"); autopay only. */
  paymentMethodLabel?: string | null;
  accountUrl?: string | null;
};

export default function TermAnnouncementEmail(props: TermAnnouncementProps) {
  const { locale, shop, currency } = props;
  const t = getTranslator(locale, 'emails.termAnnouncement', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const amount = f.money(props.amountMinor, currency);
  const date = f.date(props.collectAt);
  const method = props.paymentMethodLabel ?? '';
  const collection =
    props.collection === 'autopay'
      ? t('autopayOn', { amount, date, has_method: method ? 'yes' : 'no', method })
      : t('invoiceOn', { date });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={`${t('heading')}: ${collection}`}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{t('intro', { product: props.productName, plan: props.planName })}</Text>
      <SummaryTable
        rows={[
          { label: t('subscription'), value: `${props.productName} – ${props.planName}` },
          { label: t('period'), value: `${f.date(props.periodStart)} – ${f.lastDay(props.periodEnd)}` },
          { label: t('amount'), value: amount, emphasis: true },
        ]}
      />
      <Text style={styles.paragraph}>
        <strong>{collection}</strong>
      </Text>
      <Text style={styles.paragraph}>{t('manage')}</Text>
      <ActionButton href={props.accountUrl}>{t('manageCta')}</ActionButton>
    </Layout>
  );
}

TermAnnouncementEmail.PreviewProps = {
  locale: 'nb',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Kari Nordmann',
  productName: 'Trendhouse',
  planName: 'Monthly',
  periodStart: '2026-03-31T22:00:00.000Z',
  periodEnd: '2026-04-30T22:00:00.000Z',
  amountMinor: 3200,
  currency: 'EUR',
  collection: 'invoice',
  collectAt: '2026-03-31T22:00:00.000Z',
  paymentMethodLabel: null,
  accountUrl: 'http://localhost:3000/account',
} satisfies TermAnnouncementProps;
