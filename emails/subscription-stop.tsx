import { Text } from './components/primitives';
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
  /**
   * `scheduled`: the customer stopped it at the end of the term; `undone`: they took that back;
   * `ended`: they stopped it at once.
   */
  change: 'scheduled' | 'undone' | 'ended';
  /** ISO 8601: the end of the running term, when a scheduled stop takes effect; for `ended`, when it ended. */
  endsAt: string;
  /** `ended`: the credit notes the stop issued for the unused part. */
  creditNotes?: { number: string; totalMinor: number; currency: string }[];
  /** `ended`: the early-exit fee's invoice, when there was a fee. */
  /** `owedMinor`: what is left to pay on it after the stop's credit paid its part. */
  feeInvoice?: { number: string; totalMinor: number; currency: string; owedMinor?: number } | null;
  /** `ended`: where the stop's credit went, in the fee's or the credit notes' currency. */
  creditUse?: { feeMinor: number; invoices: { number: string; amountMinor: number }[]; keptMinor: number } | null;
};

const HEADINGS = { scheduled: 'headingScheduled', undone: 'headingUndone', ended: 'headingEnded' } as const;

/** Confirms a stop the customer scheduled on Min Side, or its undoing. */
export default function SubscriptionStopEmail(props: SubscriptionStopProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.subscriptionStop', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const date = f.date(props.endsAt);
  const scheduled = props.change === 'scheduled';
  const subscription = props.subscriptionName;
  const body =
    props.change === 'scheduled'
      ? t('bodyScheduled', { subscription, date })
      : props.change === 'undone'
        ? t('bodyUndone', { subscription })
        : t('bodyEnded', { subscription, date });
  const notes = props.change === 'ended' ? (props.creditNotes ?? []) : [];
  const fee = props.change === 'ended' ? props.feeInvoice : null;
  const use = props.change === 'ended' ? props.creditUse : null;
  const currency = fee?.currency ?? notes[0]?.currency;
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t(HEADINGS[props.change])} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      {scheduled ? <Text style={styles.paragraph}>{t('undoHint', { date })}</Text> : null}
      {notes.map((note) => (
        <Text key={note.number} style={styles.paragraph}>
          {t('creditNote', { number: note.number, amount: f.money(note.totalMinor, note.currency) })}
        </Text>
      ))}
      {fee ? <Text style={styles.paragraph}>{t('feeInvoice', { number: fee.number, amount: f.money(fee.totalMinor, fee.currency) })}</Text> : null}
      {use && currency ? (
        <>
          {fee && use.feeMinor > 0 ? <Text style={styles.paragraph}>{t('creditPaysFee', { number: fee.number, amount: f.money(use.feeMinor, currency) })}</Text> : null}
          {use.invoices.map((paid) => (
            <Text key={paid.number} style={styles.paragraph}>
              {t('creditPaysInvoice', { number: paid.number, amount: f.money(paid.amountMinor, currency) })}
            </Text>
          ))}
          {use.keptMinor > 0 ? <Text style={styles.paragraph}>{t('creditKept', { amount: f.money(use.keptMinor, currency) })}</Text> : null}
        </>
      ) : null}
      {fee && fee.owedMinor !== undefined && fee.owedMinor > 0 && fee.owedMinor < fee.totalMinor ? (
        <Text style={styles.paragraph}>{t('feeLeft', { number: fee.number, amount: f.money(fee.owedMinor, fee.currency) })}</Text>
      ) : null}
    </Layout>
  );
}

/** The subject line of the message, in its locale. */
export function subscriptionStopSubject(props: SubscriptionStopProps): string {
  const t = getTranslator(props.locale, 'emails.subscriptionStop', props.overrides);
  const f = createFormatter(props.locale, props.timeZone);
  const named = { shop: props.shop.name, subscription: props.subscriptionName };
  if (props.change === 'scheduled') return t('subjectScheduled', { ...named, date: f.date(props.endsAt) });
  return props.change === 'undone' ? t('subjectUndone', named) : t('subjectEnded', named);
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
