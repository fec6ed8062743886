import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { balanceEntriesOf, balanceIn, createPayableInvoice, invoiceRow, paymentsOf } from './payment-test-fixtures';
import { registerManualPayment as registerCoded } from './register-manual-payment';
import { bankNoteText } from '@/lib/i18n/bank-note-text';

/** The registration's answer as an English-speaking merchant reads it (refusals are dashboard codes). */
async function registerManualPayment(...args: Parameters<typeof registerCoded>) {
  const result = await registerCoded(...args);
  if (result.ok) return result;
  const en = (message: string) => bankNoteText('en', message);
  return { ...result, error: en(result.error), fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([key, message]) => [key, en(message)])) };
}

const NOW = new Date('2026-03-10T14:30:00Z');
const STAFF = { staffUserId: 'staff-user-1', now: NOW };

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

const form = (invoiceId: string, overrides: Record<string, string> = {}) => ({
  invoiceId,
  amount: '32.00',
  currency: 'EUR',
  paidOn: '2026-03-09',
  method: 'bank_transfer',
  note: '',
  ...overrides,
});

describe('registerManualPayment', () => {
  test('the full amount pays the invoice; the payment says who, how and when; the customer gets a receipt', async () => {
    const { invoice } = await createPayableInvoice({ totalMinor: 3200 });
    const result = await registerManualPayment(form(invoice.id, { note: 'Seen on ING, 9 March' }), STAFF);
    expect(result).toMatchObject({ ok: true, value: { paidInFull: true, openMinor: 0, overpaidMinor: 0, amountMinor: 3200 } });

    const [payment] = await paymentsOf(invoice.id);
    expect(payment).toMatchObject({
      source: 'manual',
      method: 'bank_transfer',
      status: 'paid',
      amountMinor: 3200,
      currency: 'EUR',
      note: 'Seen on ING, 9 March',
      recordedBy: 'staff-user-1',
    });
    // Noon of 9 March in Amsterdam (the seeded shop's zone), not the moment it was typed.
    expect(payment!.settledAt).toEqual(new Date('2026-03-09T11:00:00Z'));
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'paid', amountPaidMinor: 3200 });

    const [receipt] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `payment-received:${payment!.id}`));
    expect(receipt!.text).toContain(`We received €32.00 for invoice ${invoice.number} on 9 March 2026.`);
    expect(receipt!.text).toContain('The invoice is now paid in full.');
  });

  test('a partial payment leaves the rest open', async () => {
    const { invoice } = await createPayableInvoice({ totalMinor: 3200 });
    const result = await registerManualPayment(form(invoice.id, { amount: '20,00', paidOn: '2026-03-10' }), STAFF);
    expect(result).toMatchObject({ ok: true, value: { paidInFull: false, openMinor: 1200, overpaidMinor: 0 } });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'open', amountPaidMinor: 2000 });
    // Dated today: recorded at the moment it was registered.
    expect((await paymentsOf(invoice.id))[0]!.settledAt).toEqual(NOW);
  });

  test('an overpayment pays the invoice and credits the rest to the customer’s balance, with an entry saying why', async () => {
    const { invoice, customer } = await createPayableInvoice({ totalMinor: 3200 });
    const result = await registerManualPayment(form(invoice.id, { amount: '40' }), STAFF);
    expect(result).toMatchObject({ ok: true, value: { paidInFull: true, openMinor: 0, overpaidMinor: 800 } });
    const [payment] = await paymentsOf(invoice.id);
    expect(await balanceEntriesOf(customer.id)).toEqual([
      expect.objectContaining({ amountMinor: 800, currency: 'EUR', reason: 'overpayment', invoiceId: invoice.id, paymentId: payment!.id }),
    ]);
    expect(await balanceIn(customer.id)).toBe(800);
  });

  test.each([
    ['another currency', { currency: 'NOK' }, 'currency', 'The payment is in NOK but invoice'],
    ['a negative amount', { amount: '-5' }, 'amount', 'The amount cannot be negative.'],
    ['zero', { amount: '0,00' }, 'amount', 'The amount must be more than zero.'],
    ['more decimals than the currency has', { amount: '32.001' }, 'amount', 'EUR amounts have at most 2 decimals.'],
    ['not an amount', { amount: 'thirty' }, 'amount', 'Enter an amount like 32.50'],
    ['a date in the future', { paidOn: '2026-03-11' }, 'paidOn', 'The payment date cannot be in the future.'],
    ['a date that is not one', { paidOn: '2026-02-30' }, 'paidOn', 'Enter the date the money arrived'],
    ['a method we cannot store', { method: 'cash' }, 'method', 'Choose how the money was paid.'],
  ])('%s is refused beside its field and nothing is written', async (_label, overrides, field, message) => {
    const { invoice, customer } = await createPayableInvoice({ totalMinor: 3200 });
    const result = await registerManualPayment(form(invoice.id, overrides), STAFF);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors[field]).toContain(message);
    expect(await paymentsOf(invoice.id)).toEqual([]);
    expect(await invoiceRow(invoice.id)).toEqual(invoice);
    expect(await balanceEntriesOf(customer.id)).toEqual([]);
  });

  test('an unknown invoice is refused', async () => {
    const result = await registerManualPayment(form(randomUUID()), STAFF);
    expect(result).toEqual({
      ok: false,
      error: 'That invoice does not exist.',
      fieldErrors: { invoiceId: 'That invoice does not exist.' },
    });
  });

  test('a void invoice takes no payment', async () => {
    const { invoice } = await createPayableInvoice({ status: 'void' });
    const result = await registerManualPayment(form(invoice.id), STAFF);
    expect(result).toEqual({ ok: false, error: `Invoice ${invoice.number} is void: it cannot take a payment.`, fieldErrors: {} });
    expect(await paymentsOf(invoice.id)).toEqual([]);
  });
});
