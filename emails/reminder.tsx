import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { PayButton } from './components/pay-button';
import { styles } from './components/styles';
import { SummaryTable, type SummaryRow } from './components/summary-table';

export type ReminderProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
  /** 1 for the first reminder of this invoice, 2 for the second, ... */
  step: number;
  invoiceNumber: string;
  currency: string;
  /** ISO 8601: the due date the invoice was issued with. */
  originalDueAt: string;
  /** What is still open of the invoice itself, reminder fees left out. */
  openMinor: number;
  /** Reminder fees owed on top, shown as their own line; 0 for none. */
  feeMinor: number;
  /** The new deadline, ISO 8601. */
  newDueAt: string;
  payUrl?: string | null;
};

/** "Payment reminder", "2nd payment reminder", ...: the title and the subject's start. */
export function reminderTitle(locale: Locale, step: number, overrides?: TextOverrides): string {
  return getTranslator(locale, 'emails.reminder', overrides)('title', { step: Math.max(1, step) });
}

export default function ReminderEmail(props: ReminderProps) {
  const { locale, shop, currency } = props;
  const t = getTranslator(locale, 'emails.reminder', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const total = f.money(props.openMinor + props.feeMinor, currency);
  const rows: SummaryRow[] = [{ label: t('openAmount', { invoice: props.invoiceNumber }), value: f.money(props.openMinor, currency) }];
  if (props.feeMinor > 0) rows.push({ label: t('fee'), value: f.money(props.feeMinor, currency) });
  rows.push({ label: t('totalDue'), value: total, emphasis: true });
  const payBy = t('payBy', { amount: total, due_date: f.date(props.newDueAt) });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={payBy}>
      <Opening locale={locale} overrides={props.overrides} title={reminderTitle(locale, props.step, props.overrides)} name={props.customerName} />
      <Text style={styles.paragraph}>{t('intro', { invoice: props.invoiceNumber, due_date: f.date(props.originalDueAt) })}</Text>
      <SummaryTable rows={rows} />
      <Text style={styles.paragraph}>
        <strong>{payBy}</strong>
      </Text>
      <PayButton locale={locale} overrides={props.overrides} href={props.payUrl} />
      <Text style={styles.muted}>{t('alreadyPaid')}</Text>
    </Layout>
  );
}

ReminderEmail.PreviewProps = {
  locale: 'nl',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  step: 1,
  invoiceNumber: 'KD-000042',
  currency: 'EUR',
  originalDueAt: '2026-03-15T09:00:00.000Z',
  openMinor: 3200,
  feeMinor: 500,
  newDueAt: '2026-03-29T09:00:00.000Z',
  payUrl: 'http://localhost:3000/account/invoices/example',
} satisfies ReminderProps;
