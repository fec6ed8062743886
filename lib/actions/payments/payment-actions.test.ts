import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { bankImports, bankTransactions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { camt053File } from '@/lib/services/payments/bank-import/camt053-test-file';
import { fileSha256 } from '@/lib/services/payments/bank-import/import-bank-file';
import { createPayableInvoice, invoiceRow, paymentsOf, uniqueAmountMinor, uniqueIban } from '@/lib/services/payments/payment-test-fixtures';
import { BANK_FILE_MAX_BYTES } from './bank-file-upload';

// The session is what these tests vary; Next's request-bound helpers are stubbed.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({
  getViewer: async () => viewer.current,
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin',
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { registerManualPaymentAction } = await import('./register-manual-payment-action');
const { importBankFileAction } = await import('./import-bank-file-action');
const { resolveBankTransactionAction } = await import('./resolve-bank-transaction-action');

const STAFF: Viewer = { userId: 'staff-u1', email: 'staff@example.com', role: 'admin', customerId: null };
const CUSTOMER: Viewer = { userId: 'cust-u2', email: 'customer@example.com', role: 'customer', customerId: 'c2' };

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const xmlFile = (content: string, name = 'statement.xml') => new File([content], name, { type: 'text/xml' });

beforeEach(() => {
  viewer.current = STAFF;
  vi.stubEnv('RESEND_API_KEY', '');
});
afterEach(() => vi.unstubAllEnvs());

/** An unmatched bank line (no reference, an amount nobody owes) for the queue actions. */
async function queuedLine() {
  const iban = uniqueIban();
  const content = camt053File({ accountIban: iban, entries: [{ amountMinor: uniqueAmountMinor(), bankReference: 'ACT-1', payerName: 'Nobody' }] });
  const state = await importBankFileAction({}, form({ file: xmlFile(content) }));
  expect(state.counts).toMatchObject({ unmatched: 1 });
  const [row] = await db
    .select()
    .from(bankTransactions)
    .where(and(eq(bankTransactions.accountKey, iban), eq(bankTransactions.bankReference, 'ACT-1')));
  return row!;
}

describe('only the shop’s staff', () => {
  test.each([
    ['signed out', null],
    ['a customer', CUSTOMER],
  ])('%s is refused by every payment action and nothing changes', async (_who, who) => {
    const { invoice } = await createPayableInvoice();
    const line = await queuedLine();
    const content = camt053File({ accountIban: uniqueIban(), entries: [{ amountMinor: 3200, bankReference: 'X-1', reference: invoice.paymentReference }] });
    viewer.current = who;

    const register = await registerManualPaymentAction(
      {},
      form({ invoiceId: invoice.id, amount: '32.00', currency: 'EUR', paidOn: '2026-03-01', method: 'bank_transfer' }),
    );
    const upload = await importBankFileAction({}, form({ file: xmlFile(content) }));
    const resolve = await resolveBankTransactionAction({}, form({ transactionId: line.id, decision: 'apply', invoiceNumber: invoice.number! }));
    expect(register).toEqual({ error: 'Only the shop’s staff can register payments. Sign in again.' });
    expect(upload).toEqual({ error: 'Only the shop’s staff can import bank files. Sign in again.' });
    expect(resolve).toEqual({ error: 'Only the shop’s staff can match bank transactions. Sign in again.' });

    expect(await paymentsOf(invoice.id)).toEqual([]);
    expect(await invoiceRow(invoice.id)).toEqual(invoice);
    expect(await db.select().from(bankImports).where(eq(bankImports.fileSha256, fileSha256(content)))).toEqual([]);
    expect((await db.select().from(bankTransactions).where(eq(bankTransactions.id, line.id)))[0]).toMatchObject({ status: 'unmatched' });
  });
});

describe('registerManualPaymentAction', () => {
  test('registers the payment and says what is still open', async () => {
    const { invoice } = await createPayableInvoice({ totalMinor: 3200 });
    const state = await registerManualPaymentAction(
      {},
      form({ invoiceId: invoice.id, amount: '12,50', currency: 'EUR', paidOn: '2026-03-01', method: 'bank_transfer', note: '' }),
    );
    expect(state).toEqual({ notice: 'Payment of €12.50 registered. €19.50 is still open.' });
    expect(await paymentsOf(invoice.id)).toEqual([expect.objectContaining({ source: 'manual', amountMinor: 1250, recordedBy: 'staff-u1' })]);
  });

  test('a refusal is answered beside the field, with what was typed', async () => {
    const { invoice } = await createPayableInvoice();
    const fields = { invoiceId: invoice.id, amount: '-3', currency: 'EUR', paidOn: '2026-03-01', method: 'bank_transfer' };
    const state = await registerManualPaymentAction({}, form(fields));
    expect(state).toEqual({
      error: 'The amount cannot be negative.',
      fieldErrors: { amount: 'The amount cannot be negative.' },
      values: fields,
    });
  });
});

describe('importBankFileAction', () => {
  test('imports an uploaded statement and counts what became of it', async () => {
    const { invoice } = await createPayableInvoice();
    const content = camt053File({ accountIban: uniqueIban(), entries: [{ amountMinor: 3200, bankReference: 'UP-1', reference: invoice.paymentReference }] });
    const state = await importBankFileAction({}, form({ file: xmlFile(content, 'march.xml') }));
    expect(state).toEqual({
      notice: 'Imported march.xml: 1 entry; 1 paid to invoices, 0 left to match by hand.',
      counts: { entries: 1, matched: 1, reversals: 0, unmatched: 0, duplicates: 0 },
    });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'paid' });
  });

  test('a file that does not parse: every line and reason', async () => {
    const state = await importBankFileAction({}, form({ file: xmlFile('<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">\n<Broken>\n</Document>', 'broken.xml') }));
    expect(state.error).toBe('broken.xml was not imported: it has a problem.');
    expect(state.lineErrors).toEqual([{ line: expect.any(Number), reason: expect.stringContaining('Malformed XML') }]);
  });

  test.each([
    ['no file', {}, 'Choose the bank file to import.'],
    ['an empty file', { file: xmlFile('') }, 'Choose the bank file to import (the file is empty).'],
    ['a PDF', { file: new File(['%PDF-1.4'], 'statement.pdf') }, 'Upload a camt.053 statement (.xml) or a Nets OCR giro file (.txt).'],
    ['a file too large', { file: xmlFile('x'.repeat(BANK_FILE_MAX_BYTES + 1)) }, 'The file is larger than 900 KB'],
  ])('%s is refused before anything is read', async (_label, fields, message) => {
    const state = await importBankFileAction({}, form(fields as Record<string, File>));
    expect(state.error).toContain(message);
  });
});

describe('resolveBankTransactionAction', () => {
  test('applies a queued line to the invoice with the typed number', async () => {
    const line = await queuedLine();
    const { invoice } = await createPayableInvoice({ totalMinor: line.amountMinor });
    const state = await resolveBankTransactionAction(
      {},
      form({ transactionId: line.id, decision: 'apply', invoiceNumber: ` ${invoice.number!.toLowerCase()} ` }),
    );
    expect(state).toEqual({ notice: `Matched by hand to invoice ${invoice.number}.` });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'paid' });
  });

  test('an unknown invoice number is answered beside its field', async () => {
    const line = await queuedLine();
    const state = await resolveBankTransactionAction({}, form({ transactionId: line.id, decision: 'apply', invoiceNumber: 'NOPE-1' }));
    expect(state).toEqual({
      error: 'No invoice has the number NOPE-1.',
      fieldErrors: { invoiceNumber: 'No invoice has the number NOPE-1.' },
    });
  });

  test('ignore, then a second decision is refused', async () => {
    const line = await queuedLine();
    expect(await resolveBankTransactionAction({}, form({ transactionId: line.id, decision: 'ignore' }))).toEqual({ notice: 'Ignored.' });
    const again = await resolveBankTransactionAction({}, form({ transactionId: line.id, decision: 'ignore' }));
    expect(again.error).toMatch(/^This transaction was already ignored on \d{4}-\d{2}-\d{2}; nothing was changed\.$/);
  });
});
