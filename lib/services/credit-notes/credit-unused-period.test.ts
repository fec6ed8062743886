import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { creditNoteLines, creditNotes, customerBalanceEntries, invoiceLines } from '@/db/schema';
import { bankNoteText } from '@/lib/i18n/bank-note-text';
import { createTestInvoice, createTestSubscription } from '@/lib/services/email/test-fixtures';
import { creditUnusedPeriod } from './credit-unused-period';
import { balanceIn } from '@/lib/services/payments/payment-test-fixtures';

describe('creditUnusedPeriod', () => {
  test('stopping a paid monthly subscription on 10 March credits 21/31 of the term to the balance', async () => {
    const { customer, subscription } = await createTestSubscription();
    const { invoice } = await createTestInvoice('en', 'paid', { customer, subscriptionId: subscription.id, term: 0 });
    const now = new Date('2026-03-10T15:00:00+01:00');

    const result = await creditUnusedPeriod({ subscriptionId: subscription.id, now });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.share).toEqual({ daysInPeriod: 31, daysUnused: 21, amountMinor: 2168 });
    expect(result.value.creditNote).toMatchObject({ invoiceId: invoice.id, disposition: 'balance', totalMinor: 2168, taxMinor: 179 });
    expect(result.value.creditNote.reason).toBe('Unused period: 21 of 31 days of Trendhouse — Monthly');
    const lines = await db.select().from(creditNoteLines).where(eq(creditNoteLines.creditNoteId, result.value.creditNote.id));
    expect(lines).toMatchObject([{ amountMinor: 2168, taxRateBp: 900, taxMinor: 179 }]);
    expect(await balanceIn(customer.id)).toBe(2168);

    // A retried stop finds the note and credits nothing more.
    const again = await creditUnusedPeriod({ subscriptionId: subscription.id, now });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_creditable' } });
    expect(await db.select().from(creditNotes).where(eq(creditNotes.invoiceId, invoice.id))).toHaveLength(1);
    expect(await db.select().from(customerBalanceEntries).where(eq(customerBalanceEntries.customerId, customer.id))).toHaveLength(1);
  });

  test('a subscription without an invoiced term running now has nothing to credit', async () => {
    const { subscription } = await createTestSubscription();
    const result = await creditUnusedPeriod({ subscriptionId: subscription.id, now: new Date('2026-03-10T12:00:00Z') });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_creditable' } });
  });

  test('each refusal keeps its English message and carries a code that staff read in their language', async () => {
    const { customer, subscription } = await createTestSubscription();
    await createTestInvoice('en', 'paid', { customer, subscriptionId: subscription.id, term: 0 });
    const now = new Date('2026-03-10T15:00:00+01:00');
    const first = await creditUnusedPeriod({ subscriptionId: subscription.id, now });
    if (!first.ok) throw new Error(first.error.message);
    const number = first.value.creditNote.number;

    const refusals = [
      await creditUnusedPeriod({ subscriptionId: '00000000-0000-4000-8000-000000000000', now }),
      await creditUnusedPeriod({ subscriptionId: subscription.id, now: new Date('4410-01-01T00:00:00Z') }),
      await creditUnusedPeriod({ subscriptionId: subscription.id, now }),
    ].map((result) => (result.ok ? null : result.error));
    expect(refusals).toEqual([
      { code: 'not_found', message: 'That subscription does not exist.', text: 'subscriptionMissing' },
      { code: 'not_creditable', message: 'The subscription has no invoiced term running now: nothing to credit.', text: 'unusedPeriodNoTerm' },
      { code: 'not_creditable', message: `The unused period was already credited (${number}).`, text: `unusedPeriodCredited?number=${encodeURIComponent(number)}` },
    ]);
    // English words them as the API's message does; another language in its own words.
    expect(refusals.map((refusal) => bankNoteText('en', refusal!.text!))).toEqual(refusals.map((refusal) => refusal!.message));
    expect(refusals.map((refusal) => bankNoteText('nl', refusal!.text!))).toEqual([
      'Dat abonnement bestaat niet.',
      'Het abonnement heeft nu geen gefactureerde termijn die loopt: er valt niets te crediteren.',
      `De ongebruikte periode is al gecrediteerd (${number}).`,
    ]);
  });

  test('the last moment of a term leaves nothing unused: refused, coded, nothing written', async () => {
    const { customer, subscription } = await createTestSubscription();
    const { invoice } = await createTestInvoice('en', 'paid', { customer, subscriptionId: subscription.id, term: 0 });
    const [line] = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice.id));
    const result = await creditUnusedPeriod({ subscriptionId: subscription.id, now: new Date(line!.periodEnd!.getTime() - 1) });
    expect(result).toEqual({ ok: false, error: { code: 'amount', message: 'Nothing of the term is left unused.', text: 'unusedPeriodNothingUnused' } });
    expect(bankNoteText('de', 'unusedPeriodNothingUnused')).toBe('Vom Zeitraum ist nichts ungenutzt geblieben.');
    expect(await db.select().from(creditNotes).where(eq(creditNotes.invoiceId, invoice.id))).toHaveLength(0);
  });
});
