import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { creditNotes, orders, payments } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { pendingCheckout } from '@/lib/services/credit-notes/credit-note-fixtures';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';

// The session is what these tests vary; Next's request-bound helpers are stubbed.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({
  getViewer: async () => viewer.current,
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin',
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { issueCreditNoteAction } = await import('./credit-note-actions');
const { markAbandonedNotPaidAction, markAbandonedPaidAction } = await import('./abandoned-actions');

const STAFF: Viewer = { userId: 'staff-user', email: 'staff@example.com', role: 'admin', customerId: null };
const CUSTOMER: Viewer = { userId: 'u2', email: 'customer@example.com', role: 'customer', customerId: 'c2' };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const twoHoursAgo = () => new Date(Date.now() - 2 * 60 * 60_000);

beforeEach(() => {
  viewer.current = STAFF;
});

describe('auth inside every action', () => {
  test.each([
    ['signed out', null],
    ['a customer', CUSTOMER],
  ])('%s is refused and nothing changes', async (_who, who) => {
    viewer.current = who;
    const { invoice } = await createTestInvoice('en', 'paid');
    const credit = await issueCreditNoteAction({}, form({ invoiceId: invoice.id, scope: 'full', reason: 'x', disposition: 'balance' }));
    expect(credit.error).toContain('Only the shop’s staff');
    expect(await db.select().from(creditNotes).where(eq(creditNotes.invoiceId, invoice.id))).toEqual([]);

    const { order, payment } = await pendingCheckout(twoHoursAgo());
    expect((await markAbandonedPaidAction({}, form({ paymentId: payment.id }))).error).toContain('Only the shop’s staff');
    expect((await markAbandonedNotPaidAction({}, form({ paymentId: payment.id }))).error).toContain('Only the shop’s staff');
    const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(after!.status).toBe('pending_payment');
  });
});

describe('issueCreditNoteAction', () => {
  test('an amount typed with a decimal comma credits that much, by the staff member who asked', async () => {
    const { invoice } = await createTestInvoice('en', 'paid');
    const state = await issueCreditNoteAction({}, form({ invoiceId: invoice.id, scope: 'partial', amount: '10,50', reason: 'Late delivery', disposition: 'balance' }));
    expect(state.error).toBeUndefined();
    expect(state.notice).toMatch(/^Credit note KD-CN-\d{6} issued: €10\.50 added to the customer’s balance\.$/);
    const [note] = await db.select().from(creditNotes).where(eq(creditNotes.invoiceId, invoice.id));
    expect(note).toMatchObject({ totalMinor: 1050, reason: 'Late delivery', createdBy: 'staff-user' });
  });

  test.each([
    [{ scope: 'partial', amount: '' }, 'amount', 'Enter the amount to credit.'],
    [{ scope: 'partial', amount: '10.505' }, 'amount', 'EUR amounts have at most 2 decimals.'],
    [{ scope: 'partial', amount: '40.00' }, 'amount', 'has €32.00 left to credit'],
    [{ scope: 'full', reason: '  ' }, 'reason', 'Say why the invoice is credited.'],
    [{ scope: 'full', disposition: 'cash' }, 'disposition', 'Choose where the money goes.'],
  ])('%j is refused beside its field', async (fields, field, message) => {
    const { invoice } = await createTestInvoice('en', 'paid');
    const state = await issueCreditNoteAction({}, form({ invoiceId: invoice.id, reason: 'Why', disposition: 'balance', ...fields }));
    expect(state.fieldErrors?.[field]).toContain(message);
    expect(await db.select().from(creditNotes).where(eq(creditNotes.invoiceId, invoice.id))).toEqual([]);
  });

  test('a malformed invoice id is refused, not a crash', async () => {
    const state = await issueCreditNoteAction({}, form({ invoiceId: 'nope', scope: 'full', reason: 'x', disposition: 'auto' }));
    expect(state.fieldErrors?.invoiceId).toBe('That invoice does not exist.');
  });
});

describe('abandoned checkout actions', () => {
  test('mark paid fulfils; mark not paid cancels; a bad id is refused', async () => {
    const paid = await pendingCheckout(twoHoursAgo());
    expect((await markAbandonedPaidAction({}, form({ paymentId: paid.payment.id }))).notice).toContain('Marked paid');
    const [paidPayment] = await db.select().from(payments).where(eq(payments.id, paid.payment.id));
    expect(paidPayment).toMatchObject({ status: 'paid', recordedBy: 'staff-user' });

    const dropped = await pendingCheckout(twoHoursAgo());
    expect((await markAbandonedNotPaidAction({}, form({ paymentId: dropped.payment.id }))).notice).toBe('Marked not paid: the order is canceled.');
    expect((await markAbandonedNotPaidAction({}, form({ paymentId: dropped.payment.id }))).error).toBe('This payment is already canceled.');
    expect((await markAbandonedPaidAction({}, form({ paymentId: 'x' }))).error).toBe('That payment does not exist.');
  });
});
