import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { creditNotes } from '@/db/schema';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';
import { createPayableInvoice, paymentsOf } from '@/lib/services/payments/payment-test-fixtures';
import { cookie, viewer } from '@/test/support/staff-request';

vi.mock('@/lib/auth/viewer', () => import('@/test/support/staff-request').then((m) => m.viewerModule));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => import('@/test/support/staff-request').then((m) => m.headersModule));

const { registerManualPaymentAction } = await import('./register-manual-payment-action');
const { issueCreditNoteAction } = await import('./credit-note-actions');

const signIn = async (locale: string) => {
  const admin = await createStaffUser('admin');
  viewer.current = { userId: admin.id, email: admin.email, role: 'admin', customerId: null };
  cookie.locale = locale;
};

const register = (invoiceId: string, fields: Record<string, string>) => {
  const data = new FormData();
  const form = { invoiceId, amount: '10,00', currency: 'EUR', paidOn: '2026-01-02', method: 'bank_transfer', note: '', ...fields };
  for (const [key, value] of Object.entries(form)) data.set(key, value);
  return registerManualPaymentAction({}, data);
};

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

describe('the “Register payment” form answers in the staff member’s language', () => {
  // [fields typed, what staff read beside them] per language; nothing is written for any of them.
  const refusals: Record<string, [Record<string, string>, Record<string, string>][]> = {
    en: [
      [{ amount: '' }, { amount: 'Enter the amount received.' }],
      [{ amount: '-5' }, { amount: 'The amount cannot be negative.' }],
      [{ amount: 'thirty' }, { amount: 'Enter an amount like 32.50, with at most one decimal separator and no thousands separators.' }],
      [{ amount: '10.001' }, { amount: 'EUR amounts have at most 2 decimals.' }],
      [{ amount: '99999999999999999' }, { amount: 'The amount is too large.' }],
      [{ currency: 'EURO' }, { currency: 'Enter a three-letter currency code, like EUR or NOK.' }],
      [{ paidOn: '2026-02-30' }, { paidOn: 'Enter the date the money arrived, as YYYY-MM-DD.' }],
      [{ method: 'cash' }, { method: 'Choose how the money was paid.' }],
      [{ note: 'x'.repeat(501) }, { note: 'Keep the note under 500 characters.' }],
    ],
    nl: [
      [{ amount: '' }, { amount: 'Vul het ontvangen bedrag in.' }],
      [{ amount: '-5' }, { amount: 'Het bedrag kan niet negatief zijn.' }],
      [{ amount: 'dertig' }, { amount: 'Vul een bedrag in zoals 32.50, met hoogstens één decimaalteken en zonder scheidingstekens voor duizendtallen.' }],
      [{ amount: '10,001' }, { amount: 'Bedragen in EUR hebben hoogstens 2 decimalen.' }],
      [{ paidOn: '30-02-2026' }, { paidOn: 'Vul de datum in waarop het geld binnenkwam, als JJJJ-MM-DD.' }],
      [{ method: 'contant' }, { method: 'Kies hoe het geld is betaald.' }],
      [{ note: 'x'.repeat(501) }, { note: 'Houd de notitie onder de 500 tekens.' }],
    ],
    nb: [
      [{ amount: '-5' }, { amount: 'Beløpet kan ikke være negativt.' }],
      [{ amount: '99999999999999999' }, { amount: 'Beløpet er for stort.' }],
      [{ currency: '' }, { currency: 'Skriv inn en valutakode på tre bokstaver, for eksempel EUR eller NOK.' }],
    ],
  };

  test.each(Object.entries(refusals))('%s', async (locale, cases) => {
    await signIn(locale);
    const { invoice } = await createPayableInvoice();
    for (const [fields, fieldErrors] of cases) {
      const state = await register(invoice.id, fields);
      expect(state.fieldErrors, JSON.stringify(fields)).toEqual(fieldErrors);
    }
    expect(await paymentsOf(invoice.id)).toEqual([]);
  });

  test('German: an amount with more decimals than NOK has, for a NOK invoice', async () => {
    await signIn('de');
    const { invoice } = await createPayableInvoice({ currency: 'NOK' });
    const state = await register(invoice.id, { currency: 'NOK', amount: '1 234,567' });
    expect(state).toMatchObject({ error: 'Beträge in NOK haben höchstens 2 Nachkommastellen.', fieldErrors: { amount: 'Beträge in NOK haben höchstens 2 Nachkommastellen.' } });
  });
});

const credit = (invoiceId: string, fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries({ invoiceId, scope: 'partial', reason: 'Late', disposition: 'balance', ...fields })) data.set(key, value);
  return issueCreditNoteAction({}, data);
};
const notesOf = (invoiceId: string) => db.select().from(creditNotes).where(eq(creditNotes.invoiceId, invoiceId));

describe('the credit form answers in the staff member’s language', () => {
  test('English: too much, amounts as English writes them; nothing is credited', async () => {
    await signIn('en');
    const { invoice } = await createTestInvoice('en', 'paid');
    const state = await credit(invoice.id, { amount: '40.00' });
    const tooMuch = `Invoice ${invoice.number} has €32.00 left to credit; €40.00 is more than that.`;
    expect(state).toEqual({ error: tooMuch, fieldErrors: { amount: tooMuch } });
    expect((await credit(invoice.id, { amount: 'forty' })).fieldErrors).toEqual({
      amount: 'Enter an amount like 32.50, with at most one decimal separator and no thousands separators.',
    });
    expect(await notesOf(invoice.id)).toEqual([]);
  });

  test('Dutch: the amount refusals, then a credit note issued, with amounts written the Dutch way', async () => {
    await signIn('nl');
    const { invoice } = await createTestInvoice('en', 'paid');
    const tooMuch = `Op factuur ${invoice.number} valt nog €\u00a032,00 te crediteren; €\u00a040,00 is meer dan dat.`;
    expect(await credit(invoice.id, { amount: '40,00' })).toEqual({ error: tooMuch, fieldErrors: { amount: tooMuch } });
    expect((await credit(invoice.id, { amount: '10,505' })).fieldErrors).toEqual({ amount: 'Bedragen in EUR hebben hoogstens 2 decimalen.' });
    expect((await credit(invoice.id, { amount: '-1' })).fieldErrors).toEqual({ amount: 'Het bedrag kan niet negatief zijn.' });
    expect((await credit(invoice.id, { amount: '0' })).fieldErrors).toEqual({ amount: 'Het te crediteren bedrag moet groter zijn dan nul.' });
    expect(await notesOf(invoice.id)).toEqual([]);
    const issued = await credit(invoice.id, { amount: '10,50' });
    expect(issued.notice).toMatch(/^Creditnota \S+ uitgegeven: €\u00a010,50 bijgeschreven op het tegoed van de klant\.$/);
  });

  test('German: a void invoice, and a refund of money that was not paid online', async () => {
    await signIn('de');
    const { invoice: voided } = await createTestInvoice('en', 'void');
    expect((await credit(voided.id, { amount: '1,00' })).error).toBe(
      `Rechnung ${voided.number} ist storniert: Nur eine offene oder bezahlte Rechnung kann gutgeschrieben werden.`,
    );
    const { invoice: paid } = await createTestInvoice('en', 'paid');
    expect((await credit(paid.id, { scope: 'full', disposition: 'refund' })).error).toBe(
      `Rechnung ${paid.number} wurde nicht online bezahlt, es gibt also keine Zahlung zu erstatten: Behalten Sie die Gutschrift als Guthaben des Kunden.`,
    );
    expect(await notesOf(paid.id)).toEqual([]);
  });

  test('Norwegian: an amount that is too large', async () => {
    await signIn('nb');
    const { invoice } = await createTestInvoice('en', 'open');
    expect((await credit(invoice.id, { amount: '99999999999999999' })).fieldErrors).toEqual({ amount: 'Beløpet er for stort.' });
    expect((await credit(invoice.id, { amount: '' })).fieldErrors).toEqual({ amount: 'Skriv inn beløpet som skal krediteres.' });
  });
});
