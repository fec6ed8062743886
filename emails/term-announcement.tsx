import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { styles } from './components/styles';
import { SummaryTable } from './components/summary-table';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';

export type TermAnnouncementProps = {
  locale: Locale;
  shop: ShopIdentity;
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
  const messages = emailMessages(locale);
  const t = messages.termAnnouncement;
  const f = emailFormatter(locale, props.timeZone);
  const amount = f.money(props.amountMinor, currency);
  const collectAt = f.date(props.collectAt);
  const collection =
    props.collection === 'autopay'
      ? t.autopayOn(amount, collectAt, props.paymentMethodLabel ?? null)
      : t.invoiceOn(collectAt);
  return (
    <Layout locale={locale} shop={shop} preview={`${t.heading}: ${collection}`}>
      <Heading as="h1" style={styles.heading}>
        {t.heading}
      </Heading>
      <Text style={styles.paragraph}>{messages.greeting(props.customerName)}</Text>
      <Text style={styles.paragraph}>{t.intro(props.productName, props.planName)}</Text>
      <SummaryTable
        rows={[
          { label: t.subscription, value: `${props.productName} – ${props.planName}` },
          { label: t.period, value: `${f.date(props.periodStart)} – ${f.lastDay(props.periodEnd)}` },
          { label: t.amount, value: amount, emphasis: true },
        ]}
      />
      <Text style={styles.paragraph}>
        <strong>{collection}</strong>
      </Text>
      <Text style={styles.paragraph}>{t.manage}</Text>
      {props.accountUrl ? (
        <Section style={{ margin: '16px 0' }}>
          <Button href={props.accountUrl} style={styles.button}>
            {t.manageCta}
          </Button>
        </Section>
      ) : null}
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
