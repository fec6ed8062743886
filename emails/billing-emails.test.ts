import { describe, expect, test } from 'vitest';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { locales } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import MerchantNewOrderEmail from './merchant-new-order';
import PaymentFailedEmail, { type PaymentFailedProps } from './payment-failed';
import ReminderEmail, { reminderTitle } from './reminder';
import { renderEmail } from './render';
import SuspensionNoticeEmail from './suspension-notice';
import TermAnnouncementEmail from './term-announcement';
import TerminationEmail from './termination';
import TerminationWarningEmail from './termination-warning';

describe('reminder', () => {
  test.each([
    ['en', 1, 'Payment reminder: invoice KD-000042 – Kadens Demo Shop'],
    ['en', 2, '2nd payment reminder: invoice KD-000042 – Kadens Demo Shop'],
    ['en', 3, '3rd payment reminder: invoice KD-000042 – Kadens Demo Shop'],
    ['nl', 2, '2e betalingsherinnering: factuur KD-000042 – Kadens Demo Shop'],
    ['de', 2, '2. Zahlungserinnerung: Rechnung KD-000042 – Kadens Demo Shop'],
    ['nb', 3, '3. betalingspåminnelse: faktura KD-000042 – Kadens Demo Shop'],
  ] as const)('%s, step %i: %s', async (locale, step, subject) => {
    const rendered = await renderEmail('reminder', { ...ReminderEmail.PreviewProps, locale, step });
    expect(rendered.subject).toBe(subject);
  });

  test.each([
    [11, '11th'],
    [12, '12th'],
    [21, '21st'],
    [22, '22nd'],
    [104, '104th'],
  ])('English ordinal of %i is %s', (step, ordinal) => {
    expect(reminderTitle('en', step)).toBe(`${ordinal} payment reminder`);
  });

  test.each(locales)('%s: the fee on a line of its own, then the total', async (locale) => {
    const t = getTranslator(locale, 'emails.reminder');
    const { text } = await renderEmail('reminder', { ...ReminderEmail.PreviewProps, locale });
    const lines = text.split('\n');
    const open = lines.findIndex((l) => l.startsWith(t('openAmount', { invoice: 'KD-000042' })));
    expect(lines[open + 1]).toMatch(new RegExp(`^${t('fee')}\\s+\\S*\\s?5[.,]00`, 'u'));
    expect(lines[open + 2]).toMatch(new RegExp(`^${t('totalDue')}\\s+\\S*\\s?37[.,]00`, 'u'));
  });

  test('without a fee there is no fee line', async () => {
    const { text } = await renderEmail('reminder', { ...ReminderEmail.PreviewProps, locale: 'en', feeMinor: 0 });
    expect(text).not.toContain('Reminder fee');
    expect(text).toMatch(/Total to pay\s+€32\.00/);
  });
});

describe('payment-failed', () => {
  const temporary = { ...PaymentFailedEmail.PreviewProps, locale: 'en' } satisfies PaymentFailedProps;
  const permanent: PaymentFailedProps = {
    ...temporary,
    failure: 'permanent',
    retryAt: null,
    reason: 'Card expired',
    updatePaymentMethodUrl: 'https://shop.example/account',
    payUrl: 'https://shop.example/account/invoices/1',
  };

  test.each(locales)('%s: temporary says when we retry; permanent links to a new payment method', async (locale) => {
    const t = getTranslator(locale, 'emails.paymentFailed');
    const retry = t('retry', { date: createFormatter(locale, temporary.timeZone).date(temporary.retryAt) });
    const temporaryMail = await renderEmail('payment-failed', { ...temporary, locale });
    expect(temporaryMail.text).toContain(retry);
    expect(temporaryMail.text).not.toContain(t('permanent'));
    expect(temporaryMail.html).not.toContain(t('updateCta'));

    const update = await renderEmail('payment-failed', { ...permanent, locale });
    expect(update.text).toContain(t('permanent'));
    expect(update.text).toContain(t('updateCta'));
    expect(update.html).toContain('href="https://shop.example/account"');
    expect(update.text).not.toContain(retry);
  });
});

describe('term-announcement', () => {
  test('autopay names the payment method and the day of the charge', async () => {
    const { text } = await renderEmail('term-announcement', {
      ...TermAnnouncementEmail.PreviewProps,
      locale: 'en',
      collection: 'autopay',
      paymentMethodLabel: 'SEPA •••• 1234',
    });
    expect(text).toContain("We will charge €32.00 automatically to SEPA •••• 1234 on 1 April 2026. You don't need to do anything.");
    expect(text).not.toContain('We will e-mail you the invoice');
  });
});

describe('suspension-notice, termination-warning, termination', () => {
  test('without a subscription name the notices speak of the service', async () => {
    const suspension = await renderEmail('suspension-notice', { ...SuspensionNoticeEmail.PreviewProps, locale: 'en', subscriptionName: null });
    expect(suspension.text).toContain('We have suspended your service because invoice KD-000042 (€37.00) is still unpaid.');
    const warning = await renderEmail('termination-warning', { ...TerminationWarningEmail.PreviewProps, subscriptionName: null });
    expect(warning.text).toContain('Your subscription will be terminated on 30 April 2026 unless');
  });

  test('a termination with nothing owed has no table and no pay button', async () => {
    const { text, html } = await renderEmail('termination', { ...TerminationEmail.PreviewProps, openInvoices: [] });
    expect(text).toContain('There is nothing left to pay.');
    expect(text).not.toContain('Total owed');
    expect(html).not.toContain(TerminationEmail.PreviewProps.payUrl);
  });
});

describe('merchant-new-order', () => {
  test('a business customer is shown with the company', async () => {
    const { subject, text } = await renderEmail('merchant-new-order', {
      ...MerchantNewOrderEmail.PreviewProps,
      locale: 'de',
      companyName: 'Müller GmbH',
      invoiceNumber: null,
    });
    expect(subject).toBe('Neue Bestellung A1B2C3D4 von Daan de Vries – Kadens Demo Shop');
    expect(text).toContain('Kunde: Daan de Vries (Müller GmbH)');
    expect(text).toContain('Die Rechnung wurde noch nicht ausgestellt.');
  });
});
