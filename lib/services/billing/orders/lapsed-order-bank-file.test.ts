import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { bankTransactions, billingActions, customerBalances, invoices, orders } from '@/db/schema';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { camt053File } from '@/lib/services/payments/bank-import/camt053-test-file';
import { importBankFile } from '@/lib/services/payments/bank-import/import-bank-file';
import { resolveBankTransaction } from '@/lib/services/payments/bank-import/resolve-bank-transaction';
import { uniqueIban } from '@/lib/services/payments/payment-test-fixtures';
import { newCustomer, orderMagazineByInvoice } from '@/test/support/checkout-fixtures';
import { bankNoteText } from '@/lib/i18n/bank-note-text';
import { REAL_TIME } from '../clock-scope';
import { runDueOrderDunning } from './run-due-order-dunning';

// This file's own years (3894–3895). A real customer: bank files are matched for those only.
const ORDERED = new Date('3894-02-01T09:00:00Z');
const DAY = 86_400_000;

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

describe('a transfer for a lapsed order in a bank file', () => {
  test('is not paid to the cancelled invoice by itself: it is suggested with the reason, and applied by hand it is the customer’s balance', async () => {
    const { customerId } = await newCustomer('lapsed-bank-file');
    const { order, invoice } = await orderMagazineByInvoice(customerId, { now: ORDERED, access: 'payment' });

    // The daily cron's service, run late: each call applies the step due next, on its own date.
    const late = new Date(invoice.dueAt!.getTime() + 45 * DAY);
    // (Other real orders in this database may be due too: only this order's log is counted.)
    for (let run = 0; run < 8; run += 1) await runDueOrderDunning({ now: late, scope: REAL_TIME });
    expect(await db.select().from(billingActions).where(eq(billingActions.subscriptionId, order.id))).toHaveLength(5);
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]).toMatchObject({ status: 'canceled' });

    const imported = await importBankFile({
      filename: `lapsed-${randomUUID()}.xml`,
      content: camt053File({
        accountIban: uniqueIban(),
        entries: [{ amountMinor: invoice.totalMinor, bankReference: `LAPSED-${randomUUID()}`, reference: invoice.paymentReference, bookingDate: '3894-04-01' }],
      }),
      importedBy: null,
      now: new Date('3894-04-02T08:00:00Z'),
    });
    expect(imported).toMatchObject({ ok: true, value: { counts: { matched: 0 } } });
    const [line] = await db.select().from(bankTransactions).where(eq(bankTransactions.suggestedInvoiceId, invoice.id));
    expect(line).toMatchObject({ status: 'unmatched' });
    expect(bankNoteText('en', line!.matchNote ?? '')).toContain('was cancelled with its unpaid order. Applying this payment credits the customer’s balance.');

    const staff = await createStaffUser('admin');
    const resolved = await resolveBankTransaction({ transactionId: line!.id, invoiceId: invoice.id, staffUserId: staff.id, now: new Date('3894-04-02T09:00:00Z') });
    expect(resolved).toMatchObject({ ok: true, value: { status: 'matched' } });
    const [balance] = await db.select().from(customerBalances).where(eq(customerBalances.customerId, customerId));
    expect(balance).toMatchObject({ balanceMinor: invoice.totalMinor });
    expect((await db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]).toMatchObject({ status: 'void' });
  });
});
