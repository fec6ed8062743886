import { describe, expect, test } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import InvoiceEmail from './invoice';
import PaymentFailedEmail from './payment-failed';
import ReminderEmail from './reminder';
import { renderEmail } from './render';
import SignInLinkEmail from './sign-in-link';
import SuspensionNoticeEmail from './suspension-notice';
import TermAnnouncementEmail from './term-announcement';
import TerminationWarningEmail from './termination-warning';

/** `~` stands for the no-break space Intl puts between an amount and its currency sign. */
const s = (text: string) => text.replace(/~/g, '\u00a0');

/**
 * The sentences whose words depend on the data (ICU plural, selectordinal and select), written
 * out in every language: a translation whose branches or plural forms go wrong fails here.
 */
type Expected = {
  reminders: [step: number, subjectStart: string][];
  expiry: [minutes: number, text: string][];
  autopay: [withMethod: string, without: string];
  failed: [withMethod: string, without: string];
  suspended: [withSubscription: string, without: string];
  warning: [withSubscription: string, without: string];
  due: [withDate: string, without: string];
};

const expected: Record<Locale, Expected> = {
  en: {
    reminders: [[1, 'Payment reminder:'], [2, '2nd payment reminder:'], [3, '3rd payment reminder:'], [4, '4th payment reminder:'], [11, '11th payment reminder:'], [22, '22nd payment reminder:']],
    expiry: [[1, 'expires in 1 minute and'], [60, 'expires in 1 hour and'], [90, 'expires in 90 minutes and'], [1440, 'expires in 24 hours and']],
    autopay: ["We will charge €32.00 automatically to SEPA •••• 1234 on 1 April 2026. You don't need to do anything.", "We will charge €32.00 automatically on 1 April 2026. You don't need to do anything."],
    failed: ['We could not charge €32.00 for invoice KD-000042 to Visa •••• 4242.', 'We could not charge €32.00 for invoice KD-000042.'],
    suspended: ['We have suspended your subscription to Trendhouse – Monthly because', 'We have suspended your service because'],
    warning: ['Your subscription to Trendhouse – Monthly will be terminated on 30 April 2026 unless', 'still unpaid. Your subscription will be terminated on 30 April 2026 unless'],
    due: ['Amount due: €110.00, to be paid by 15 March 2026.', 'Amount due: €110.00.'],
  },
  nl: {
    reminders: [[1, 'Betalingsherinnering:'], [2, '2e betalingsherinnering:'], [11, '11e betalingsherinnering:']],
    expiry: [[1, 'verloopt over 1 minuut en'], [60, 'verloopt over 1 uur en'], [90, 'verloopt over 90 minuten en'], [120, 'verloopt over 2 uur en']],
    autopay: ['We schrijven €~32,00 op 1 april 2026 automatisch af van SEPA •••• 1234. Je hoeft', 'We schrijven €~32,00 op 1 april 2026 automatisch af. Je hoeft'],
    failed: ['We konden €~32,00 voor factuur KD-000042 niet afschrijven van Visa •••• 4242.', 'We konden €~32,00 voor factuur KD-000042 niet afschrijven.'],
    suspended: ['We hebben je abonnement op Trendhouse – Monthly opgeschort', 'We hebben je dienst opgeschort'],
    warning: ['Je abonnement op Trendhouse – Monthly wordt op 30 april 2026 beëindigd', 'niet betaald. Je abonnement wordt op 30 april 2026 beëindigd'],
    due: ['Te betalen: €~110,00, uiterlijk op 15 maart 2026.', 'Te betalen: €~110,00.'],
  },
  de: {
    reminders: [[1, 'Zahlungserinnerung:'], [2, '2. Zahlungserinnerung:'], [11, '11. Zahlungserinnerung:']],
    expiry: [[1, 'läuft in 1 Minute ab'], [60, 'läuft in 1 Stunde ab'], [90, 'läuft in 90 Minuten ab'], [120, 'läuft in 2 Stunden ab']],
    autopay: ['Wir buchen 32,00~€ am 1. April 2026 automatisch von SEPA •••• 1234 ab.', 'Wir buchen 32,00~€ am 1. April 2026 automatisch ab.'],
    failed: ['wir konnten 32,00~€ für die Rechnung KD-000042 nicht von Visa •••• 4242 einziehen.', 'wir konnten 32,00~€ für die Rechnung KD-000042 nicht einziehen.'],
    suspended: ['wir haben Ihr Abonnement Trendhouse – Monthly ausgesetzt', 'wir haben Ihre Leistung ausgesetzt'],
    warning: ['Ihr Abonnement Trendhouse – Monthly wird am 30. April 2026 gekündigt', 'unbezahlt. Ihr Abonnement wird am 30. April 2026 gekündigt'],
    due: ['Offener Betrag: 110,00~€, zahlbar bis 15. März 2026.', 'Offener Betrag: 110,00~€.'],
  },
  nb: {
    reminders: [[1, 'Betalingspåminnelse:'], [2, '2. betalingspåminnelse:'], [11, '11. betalingspåminnelse:']],
    expiry: [[1, 'utløper om 1 minutt og'], [60, 'utløper om 1 time og'], [90, 'utløper om 90 minutter og'], [1440, 'utløper om 24 timer og']],
    autopay: ['Vi trekker 32,00~€ automatisk fra SEPA •••• 1234 1. april 2026.', 'Vi trekker 32,00~€ automatisk 1. april 2026.'],
    failed: ['Vi kunne ikke trekke 32,00~€ for faktura KD-000042 fra Visa •••• 4242.', 'Vi kunne ikke trekke 32,00~€ for faktura KD-000042.'],
    suspended: ['Vi har stanset abonnementet ditt på Trendhouse – Monthly fordi', 'Vi har stanset tjenesten din fordi'],
    warning: ['Abonnementet ditt på Trendhouse – Monthly avsluttes 30. april 2026', 'ubetalt. Abonnementet ditt avsluttes 30. april 2026'],
    due: ['Å betale: 110,00~€, forfaller 15. mars 2026.', 'Å betale: 110,00~€.'],
  },
};

/** Both variants' plain text. */
async function both<T extends Parameters<typeof renderEmail>[0]>(template: T, props: Parameters<typeof renderEmail<T>>[1], other: Partial<Parameters<typeof renderEmail<T>>[1]>) {
  const [a, b] = await Promise.all([renderEmail(template, props), renderEmail(template, { ...props, ...other })]);
  return [a.text, b.text];
}

describe.each(Object.entries(expected) as Array<[Locale, Expected]>)('%s', (locale, t) => {
  test.each(t.reminders)('reminder %i: the subject reads "%s"', async (step, start) => {
    const { subject } = await renderEmail('reminder', { ...ReminderEmail.PreviewProps, locale, step });
    expect(subject.startsWith(`${start} `)).toBe(true);
  });

  test.each(t.expiry)('a sign-in link valid for %i minutes: "%s"', async (minutes, text) => {
    const { text: mail } = await renderEmail('sign-in-link', { ...SignInLinkEmail.PreviewProps, locale, expiresInMinutes: minutes });
    expect(mail).toContain(text);
  });

  test('autopay with and without a payment method', async () => {
    const props = { ...TermAnnouncementEmail.PreviewProps, locale, collection: 'autopay' as const, paymentMethodLabel: 'SEPA •••• 1234' };
    const [withMethod, without] = await both('term-announcement', props, { paymentMethodLabel: null });
    expect(withMethod).toContain(s(t.autopay[0]));
    expect(without).toContain(s(t.autopay[1]));
  });

  test('a failed charge with and without a payment method', async () => {
    const props = { ...PaymentFailedEmail.PreviewProps, locale };
    const [withMethod, without] = await both('payment-failed', props, { paymentMethodLabel: null });
    expect(withMethod).toContain(s(t.failed[0]));
    expect(without).toContain(s(t.failed[1]));
  });

  test('suspension and final notice with and without a subscription', async () => {
    const [suspended, service] = await both('suspension-notice', { ...SuspensionNoticeEmail.PreviewProps, locale }, { subscriptionName: null });
    expect(suspended).toContain(s(t.suspended[0]));
    expect(service).toContain(s(t.suspended[1]));
    const [warned, warnedService] = await both('termination-warning', { ...TerminationWarningEmail.PreviewProps, locale }, { subscriptionName: null });
    expect(warned).toContain(s(t.warning[0]));
    expect(warnedService).toContain(s(t.warning[1]));
  });

  test('the amount due with and without a due date', async () => {
    const [dated, undated] = await both('invoice', { ...InvoiceEmail.PreviewProps, locale }, { dueAt: null });
    expect(dated).toContain(s(t.due[0]));
    expect(undated).toContain(s(t.due[1]));
    expect(undated).not.toContain(s(t.due[0]));
  });
});
