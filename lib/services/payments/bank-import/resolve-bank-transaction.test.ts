import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { bankTransactions, emailOutbox } from '@/db/schema';
import { createCollectedDebit, createPayableInvoice, invoiceRow, paymentsOf, uniqueAmountMinor, uniqueIban } from '../payment-test-fixtures';
import { camt053File, type TestCamtEntry } from './camt053-test-file';
import { importBankFile } from './import-bank-file';
import { listUnmatchedTransactions } from './list-unmatched-transactions';
import { resolveBankTransaction } from './resolve-bank-transaction';
import { bankNoteText } from '@/lib/i18n/bank-note-text';

/** The decision's answer as an English-speaking merchant reads it (the note and refusals are stored coded). */
async function resolve(input: Parameters<typeof resolveBankTransaction>[0]) {
  const result = await resolveBankTransaction(input);
  return result.ok ? { ...result, value: { ...result.value, note: bankNoteText('en', result.value.note) } } : { ...result, error: bankNoteText('en', result.error) };
}

const NOW = new Date('2026-03-10T10:00:00Z');
const STAFF = 'staff-user-2';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

/** Imports one entry into an account of its own and returns its (unmatched) bank transaction. */
async function queued(entry: TestCamtEntry) {
  const iban = uniqueIban();
  const imported = await importBankFile({
    filename: 'queue.xml',
    content: camt053File({ accountIban: iban, entries: [entry] }),
    importedBy: STAFF,
    now: NOW,
  });
  if (!imported.ok) throw new Error(imported.error.message);
  const [row] = await db
    .select()
    .from(bankTransactions)
    .where(and(eq(bankTransactions.accountKey, iban), eq(bankTransactions.bankReference, entry.bankReference)));
  expect(row).toMatchObject({ status: 'unmatched' });
  return row!;
}

const transaction = async (id: string) => (await db.select().from(bankTransactions).where(eq(bankTransactions.id, id)))[0]!;

describe('resolveBankTransaction', () => {
  test('the suggested invoice is confirmed: paid, the line matched and who decided, a receipt; a second decision is refused', async () => {
    const amountMinor = uniqueAmountMinor();
    const { invoice } = await createPayableInvoice({ totalMinor: amountMinor, customerName: 'Anna Schmidt' });
    const row = await queued({ amountMinor, bankReference: 'Q-1', text: 'Abo', payerName: 'Anna Schmidt' });
    expect(row.suggestedInvoiceId).toBe(invoice.id);
    expect((await listUnmatchedTransactions()).find((queuedRow) => queuedRow.id === row.id)).toMatchObject({
      suggested: { id: invoice.id, number: invoice.number, customerName: 'Anna Schmidt', openMinor: amountMinor },
    });

    const resolved = await resolve({ transactionId: row.id, invoiceId: invoice.id, staffUserId: STAFF, now: NOW });
    expect(resolved).toEqual({
      ok: true,
      value: { status: 'matched', invoiceNumber: invoice.number, note: `Matched by hand to invoice ${invoice.number}.` },
    });
    const [payment] = await paymentsOf(invoice.id);
    expect(payment).toMatchObject({ source: 'bank_file', status: 'paid', amountMinor, reference: 'Q-1', recordedBy: STAFF });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'paid' });
    expect(await transaction(row.id)).toMatchObject({
      status: 'matched',
      invoiceId: invoice.id,
      paymentId: payment!.id,
      resolvedBy: STAFF,
      resolvedAt: NOW,
    });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `payment-received:${payment!.id}`))).toHaveLength(1);
    expect((await listUnmatchedTransactions()).some((queuedRow) => queuedRow.id === row.id)).toBe(false);

    const again = await resolve({ transactionId: row.id, invoiceId: 'ignore', staffUserId: STAFF, now: NOW });
    expect(again).toEqual({ ok: false, error: 'This transaction was already matched on 2026-03-10; nothing was changed.' });
    expect(await transaction(row.id)).toMatchObject({ status: 'matched' });
    expect(await paymentsOf(invoice.id)).toHaveLength(1);
  });

  test('ignored: out of the queue, no payment; deciding again is refused', async () => {
    const row = await queued({ amountMinor: uniqueAmountMinor(), bankReference: 'Q-2', text: 'Refund from supplier' });
    expect(await resolve({ transactionId: row.id, invoiceId: 'ignore', staffUserId: STAFF, now: NOW })).toEqual({
      ok: true,
      value: { status: 'ignored', invoiceNumber: null, note: 'Ignored.' },
    });
    expect(await transaction(row.id)).toMatchObject({ status: 'ignored', paymentId: null, resolvedBy: STAFF });
    const { invoice } = await createPayableInvoice();
    expect(await resolve({ transactionId: row.id, invoiceId: invoice.id, staffUserId: STAFF, now: NOW })).toEqual({
      ok: false,
      error: 'This transaction was already ignored on 2026-03-10; nothing was changed.',
    });
    expect(await paymentsOf(invoice.id)).toEqual([]);
  });

  test('an invoice in another currency is refused and the line stays in the queue', async () => {
    const row = await queued({ amountMinor: uniqueAmountMinor(), bankReference: 'Q-3' });
    const { invoice } = await createPayableInvoice({ currency: 'NOK' });
    const result = await resolve({ transactionId: row.id, invoiceId: invoice.id, staffUserId: STAFF, now: NOW });
    expect(result).toEqual({ ok: false, error: `The payment is in EUR but invoice ${invoice.number} is in NOK.` });
    expect(await transaction(row.id)).toMatchObject({ status: 'unmatched', resolvedAt: null });
    expect(await paymentsOf(invoice.id)).toEqual([]);
  });

  test('an unknown transaction or invoice is refused', async () => {
    expect(await resolve({ transactionId: randomUUID(), invoiceId: 'ignore', staffUserId: STAFF })).toEqual({
      ok: false,
      error: 'That bank transaction does not exist.',
    });
    const row = await queued({ amountMinor: uniqueAmountMinor(), bankReference: 'Q-4' });
    expect(await resolve({ transactionId: row.id, invoiceId: randomUUID(), staffUserId: STAFF })).toEqual({
      ok: false,
      error: 'That invoice does not exist.',
    });
  });

  test('a reversal assigned by hand takes back that invoice’s payment of the amount and reopens it', async () => {
    const amountMinor = uniqueAmountMinor();
    const { invoice } = await createPayableInvoice({ totalMinor: amountMinor, status: 'paid' });
    const debit = await createCollectedDebit(invoice);
    // A payer name that is nobody's: nothing identifies the payment by itself.
    const row = await queued({ kind: 'reversal', amountMinor, bankReference: 'Q-5', payerName: 'Unknown Payer', reasonCode: 'AC04' });
    expect(row.kind).toBe('reversal');

    const result = await resolve({ transactionId: row.id, invoiceId: invoice.id, staffUserId: STAFF, now: NOW });
    expect(result).toMatchObject({ ok: true, value: { status: 'matched', invoiceNumber: invoice.number } });
    expect((await paymentsOf(invoice.id))[0]).toMatchObject({ id: debit.id, status: 'charged_back', failureReason: 'Returned by the bank (AC04)' });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'open', amountPaidMinor: 0 });
    expect(await transaction(row.id)).toMatchObject({ status: 'matched', paymentId: debit.id, resolvedBy: STAFF });
  });

  test('a reversal assigned to an invoice with no such payment is refused', async () => {
    const amountMinor = uniqueAmountMinor();
    const row = await queued({ kind: 'reversal', amountMinor, bankReference: 'Q-6' });
    const { invoice } = await createPayableInvoice();
    const result = await resolve({ transactionId: row.id, invoiceId: invoice.id, staffUserId: STAFF, now: NOW });
    expect(result).toEqual({ ok: false, error: expect.stringContaining(`Invoice ${invoice.number} has no paid payment of`) });
    expect(await transaction(row.id)).toMatchObject({ status: 'unmatched' });
  });
});
