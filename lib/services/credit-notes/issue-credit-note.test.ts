import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { creditNoteLines, creditNotes, customerBalanceEntries, invoiceLines, invoices, invoiceSeries } from '@/db/schema';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';
import { clockCustomerInvoice } from './credit-note-fixtures';
import { issueCreditNote } from './issue-credit-note';
import { CREDIT_NOTE_SERIES_ID } from './take-credit-note-number';
import { balanceIn } from '@/lib/services/payments/payment-test-fixtures';
import { bankNoteText } from '@/lib/i18n/bank-note-text';

const NOW = new Date('2026-03-20T12:00:00Z');
const request = (invoiceId: string, amountMinor: number | 'full', disposition: 'refund' | 'balance' | 'auto' = 'auto') => ({
  invoiceId,
  amountMinor,
  reason: 'Goodwill',
  disposition,
  staffUserId: 'staff-1',
  now: NOW,
});

async function issued(...args: Parameters<typeof request>) {
  const result = await issueCreditNote(request(...args));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const invoiceOf = async (id: string) => (await db.select().from(invoices).where(eq(invoices.id, id)))[0]!;
const linesOf = (creditNoteId: string) =>
  db.select().from(creditNoteLines).where(eq(creditNoteLines.creditNoteId, creditNoteId)).orderBy(asc(creditNoteLines.position));
const notesOf = (invoiceId: string) => db.select().from(creditNotes).where(eq(creditNotes.invoiceId, invoiceId));

describe('issueCreditNote', () => {
  test('a full credit of a two-rate invoice takes back every line with its VAT', async () => {
    // 3200 at 9 % (VAT 264) and a 495 fee at 21 % (VAT 86).
    const { invoice } = await createTestInvoice('en', 'paid', { reminderFeesMinor: [495] });
    const { creditNote } = await issued(invoice.id, 'full', 'balance');
    expect(creditNote).toMatchObject({ totalMinor: 3695, taxMinor: 350, subtotalMinor: 3345, disposition: 'balance', createdBy: 'staff-1' });
    expect(creditNote.customerSnapshot).toMatchObject({ name: 'Frozen Name', city: 'Bergen' });
    const lines = await linesOf(creditNote.id);
    const source = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice.id)).orderBy(asc(invoiceLines.position));
    expect(lines.map((l) => [l.invoiceLineId, l.amountMinor, l.taxMinor, l.taxRateBp])).toEqual(
      source.map((l) => [l.id, l.amountMinor, l.taxMinor, l.taxRateBp]),
    );
    expect((await invoiceOf(invoice.id)).creditedMinor).toBe(3695);
  });

  test('partial credits: VAT per line from its rate, and the notes add up to the invoice exactly', async () => {
    const { invoice } = await createTestInvoice('en', 'paid', { reminderFeesMinor: [495] });
    const first = await issued(invoice.id, 1000, 'balance');
    expect((await linesOf(first.creditNote.id)).map((l) => [l.amountMinor, l.taxMinor])).toEqual([
      [866, 72],
      [134, 23],
    ]);
    expect(first.creditNote).toMatchObject({ totalMinor: 1000, taxMinor: 95, subtotalMinor: 905 });
    const rest = await issued(invoice.id, 'full', 'balance');
    expect(rest.creditNote.totalMinor).toBe(2695);
    const [sums] = await db
      .select({ amount: sql<string>`sum(${creditNoteLines.amountMinor})`, tax: sql<string>`sum(${creditNoteLines.taxMinor})` })
      .from(creditNoteLines)
      .innerJoin(creditNotes, eq(creditNoteLines.creditNoteId, creditNotes.id))
      .where(eq(creditNotes.invoiceId, invoice.id));
    expect([Number(sums!.amount), Number(sums!.tax)]).toEqual([3695, 350]);
    expect((await invoiceOf(invoice.id)).creditedMinor).toBe(3695);
  });

  test('over-crediting is refused with a message and writes nothing', async () => {
    const { customer, invoice } = await clockCustomerInvoice('paid');
    await issued(invoice.id, 1200, 'balance');
    const [seriesBefore] = await db.select().from(invoiceSeries).where(eq(invoiceSeries.id, `clock-credit:${customer.testClockId}`));

    const refused = await issueCreditNote(request(invoice.id, 2001, 'balance'));
    const message = `Invoice ${invoice.number} has €20.00 left to credit; €20.01 is more than that.`;
    expect(refused).toMatchObject({ ok: false, error: { code: 'amount', message } });
    // The dashboard's coded refusal reads, in English, as the API's message.
    expect(!refused.ok && bankNoteText('en', refused.error.text ?? '')).toBe(message);
    expect(await notesOf(invoice.id)).toHaveLength(1);
    expect((await invoiceOf(invoice.id)).creditedMinor).toBe(1200);
    const [seriesAfter] = await db.select().from(invoiceSeries).where(eq(invoiceSeries.id, `clock-credit:${customer.testClockId}`));
    expect(seriesAfter!.nextNumber).toBe(seriesBefore!.nextNumber);
    expect(await balanceIn(customer.id)).toBe(1200);
  });

  test('a net-price invoice is credited exactly the amount asked for, or refused naming the nearest amounts that can be', async () => {
    // 49.95 net + 3.00 VAT at 6 % (299.7 rounded up): a 5-cent credit has no net whose VAT keeps the rest whole.
    const { customer, invoice } = await createTestInvoice('en', 'paid');
    await db.update(invoices).set({ pricesIncludeVat: false, subtotalMinor: 4995, taxMinor: 300, totalMinor: 5295, amountPaidMinor: 5295 }).where(eq(invoices.id, invoice.id));
    await db.update(invoiceLines).set({ unitAmountMinor: 5295, amountMinor: 5295, taxRateBp: 600, taxMinor: 300 }).where(eq(invoiceLines.invoiceId, invoice.id));

    const refused = await issueCreditNote(request(invoice.id, 5, 'balance'));
    const message = `Invoice ${invoice.number} has prices without VAT: a credit is its net plus the VAT rounded per rate, and no net makes exactly €0.05. The nearest amounts that can be credited are €0.03 and €0.10.`;
    expect(refused).toMatchObject({ ok: false, error: { code: 'amount', message } });
    const text = !refused.ok ? (refused.error.text ?? '') : '';
    expect(bankNoteText('en', text)).toBe(message);
    expect(bankNoteText('de', text)).toBe(
      `Rechnung ${invoice.number} hat Preise ohne Umsatzsteuer: Eine Gutschrift ist der Nettobetrag plus die je Steuersatz gerundete Umsatzsteuer, und kein Nettobetrag ergibt genau 0,05\u00a0€. Die nächstgelegenen Beträge, die gutgeschrieben werden können, sind 0,03\u00a0€ und 0,10\u00a0€.`,
    );
    expect(await notesOf(invoice.id)).toHaveLength(0);

    // Ten cents can be made (9 net + 1 VAT): a note of exactly that, not a step or two off.
    const { creditNote } = await issued(invoice.id, 10, 'balance');
    expect(creditNote).toMatchObject({ totalMinor: 10, subtotalMinor: 9, taxMinor: 1 });
    expect(await balanceIn(customer.id)).toBe(10);
    const rest = await issued(invoice.id, 'full', 'balance');
    expect(rest.creditNote).toMatchObject({ totalMinor: 5285, subtotalMinor: 4986, taxMinor: 299 });
  });

  test.each([
    ['zero', 0, 'The amount to credit must be more than zero.'],
    ['negative', -100, 'The amount to credit must be more than zero.'],
  ])('a %s amount is refused', async (_name, amount, message) => {
    const { invoice } = await createTestInvoice('en', 'paid');
    expect(await issueCreditNote(request(invoice.id, amount))).toMatchObject({ ok: false, error: { code: 'amount', message } });
  });

  test.each(['draft', 'void'] as const)('a %s invoice cannot be credited', async (status) => {
    const { invoice } = await createTestInvoice('en', status);
    const result = await issueCreditNote(request(invoice.id, 'full'));
    expect(result).toMatchObject({ ok: false, error: { code: 'not_creditable' } });
  });

  test('credit notes are numbered without gaps, a refused one taking no number', async () => {
    const { clock, invoice } = await clockCustomerInvoice('paid');
    const prefix = `SIM-${clock.id.slice(0, 4).toUpperCase()}-CN-`;
    await issued(invoice.id, 100, 'balance');
    expect((await issueCreditNote(request(invoice.id, 99_999, 'balance'))).ok).toBe(false);
    await issued(invoice.id, 100, 'balance');
    await issued(invoice.id, 'full', 'balance');
    const notes = await db.select().from(creditNotes).where(eq(creditNotes.invoiceId, invoice.id)).orderBy(asc(creditNotes.sequenceNumber));
    expect(notes.map((n) => [n.sequenceNumber, n.number])).toEqual([
      [1, `${prefix}000001`],
      [2, `${prefix}000002`],
      [3, `${prefix}000003`],
    ]);
  });

  test('the shop’s credit-note series has no gaps: numbers 1..n, and the counter at n + 1', async () => {
    const { invoice } = await createTestInvoice('en', 'paid');
    const { creditNote } = await issued(invoice.id, 500, 'balance');
    expect(creditNote.number).toMatch(/^KD-CN-\d{6}$/);
    // One statement, one snapshot: the notes and the counter as committed together.
    const [row] = await db.execute<{ count: string; max: string; next: number }>(sql`
      select count(*)::text as count, max(${creditNotes.sequenceNumber})::text as max,
        (select ${invoiceSeries.nextNumber} from ${invoiceSeries} where ${invoiceSeries.id} = ${CREDIT_NOTE_SERIES_ID}) as next
      from ${creditNotes} where ${creditNotes.seriesId} = ${CREDIT_NOTE_SERIES_ID}`);
    expect(Number(row!.max)).toBe(Number(row!.count));
    expect(Number(row!.next)).toBe(Number(row!.count) + 1);
  });

  test('an open invoice owes less; credited down to nothing it is settled and its dunning stops', async () => {
    const { invoice } = await createTestInvoice('en', 'open');
    await db.update(invoices).set({ nextDunningStep: 1, nextDunningAt: new Date('2026-03-16T09:00:00Z') }).where(eq(invoices.id, invoice.id));

    const part = await issued(invoice.id, 1200, 'refund');
    expect(part.creditNote.disposition).toBe('reduce_open');
    expect(part.refunds).toEqual([]);
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: 'open', creditedMinor: 1200, nextDunningStep: 1 });

    const rest = await issued(invoice.id, 'full', 'balance');
    expect(rest.creditNote).toMatchObject({ disposition: 'reduce_open', totalMinor: 2000 });
    expect(await invoiceOf(invoice.id)).toMatchObject({
      status: 'paid',
      creditedMinor: 3200,
      amountPaidMinor: 0,
      paidAt: NOW,
      nextDunningStep: null,
      nextDunningAt: null,
    });
    // Nothing was paid, so nothing went to the balance.
    expect(await db.select().from(customerBalanceEntries).where(eq(customerBalanceEntries.invoiceId, invoice.id))).toEqual([]);
  });

  test('a partly paid open invoice can be credited only down to what it still owes', async () => {
    const { invoice } = await createTestInvoice('en', 'open', { amountPaidMinor: 1000 });
    const refused = await issueCreditNote(request(invoice.id, 3200));
    expect(refused).toMatchObject({ ok: false, error: { code: 'amount' } });
    if (!refused.ok) expect(refused.error.message).toContain('still owes €22.00');
    const settled = await issued(invoice.id, 'full');
    expect(settled.creditNote.totalMinor).toBe(2200);
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: 'paid', amountPaidMinor: 1000, creditedMinor: 2200 });
  });

  test('balance: the credit is the customer’s, with an entry that says why', async () => {
    const { customer, invoice } = await createTestInvoice('en', 'paid');
    const { creditNote } = await issued(invoice.id, 800, 'balance');
    expect(creditNote.disposition).toBe('balance');
    const entries = await db.select().from(customerBalanceEntries).where(eq(customerBalanceEntries.customerId, customer.id));
    expect(entries).toMatchObject([{ amountMinor: 800, currency: 'EUR', reason: 'credit_note', invoiceId: invoice.id, creditNoteId: creditNote.id }]);
    expect(await balanceIn(customer.id)).toBe(800);
  });

  test('auto on an invoice not paid online keeps the credit as balance; refund is refused', async () => {
    const { invoice } = await createTestInvoice('en', 'paid');
    const refused = await issueCreditNote(request(invoice.id, 500, 'refund'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_refundable' } });
    expect(await notesOf(invoice.id)).toEqual([]);
    const auto = await issued(invoice.id, 500, 'auto');
    expect(auto.creditNote.disposition).toBe('balance');
  });
});
