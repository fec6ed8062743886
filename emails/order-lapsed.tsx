import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';
import { SummaryTable } from './components/summary-table';

export type OrderLapsedProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
  /** What the customer quotes for the order (orderReference). */
  orderReference: string;
  invoiceNumber: string;
  creditNoteNumber: string;
  currency: string;
  /** The invoice's total, all of it credited. */
  totalMinor: number;
  /** ISO 8601: when the order lapsed. */
  lapsedAt: string;
};

/**
 * An order waiting for its money (access on payment) was not paid by the end of its reminders:
 * it is cancelled, its invoice credited in full, and the customer owes nothing.
 */
export default function OrderLapsedEmail(props: OrderLapsedProps) {
  const { locale, shop, currency } = props;
  const t = getTranslator(locale, 'emails.orderLapsed', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const body = t('body', { order: props.orderReference, invoice: props.invoiceNumber, date: f.date(props.lapsedAt) });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      <SummaryTable
        rows={[
          { label: t('invoice', { invoice: props.invoiceNumber }), value: f.money(props.totalMinor, currency) },
          { label: t('creditNote', { creditNote: props.creditNoteNumber }), value: f.money(-props.totalMinor, currency) },
          { label: t('owed'), value: f.money(0, currency), emphasis: true },
        ]}
      />
      <Text style={styles.paragraph}>{t('latePayment')}</Text>
      <Text style={styles.paragraph}>{t('orderAgain')}</Text>
    </Layout>
  );
}

OrderLapsedEmail.PreviewProps = {
  locale: 'nb',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Oslo',
  customerName: 'Kari Nordmann',
  orderReference: '3F9A12BC',
  invoiceNumber: 'KD-000042',
  creditNoteNumber: 'KDC-000007',
  currency: 'EUR',
  totalMinor: 3200,
  lapsedAt: '2026-04-26T08:00:00.000Z',
} satisfies OrderLapsedProps;
