import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { refunds, testProviderPayments } from '@/db/schema';
import { testProvider } from '@/lib/payments/test-provider';
import { ProviderUnavailableError } from '@/lib/payments/types';
import { paidOnlineInvoice } from './credit-note-fixtures';
import { executeRefund } from './execute-refund';
import { issueCreditNote } from './issue-credit-note';
import { REFUND_RETRY_GRACE_MS, retryPendingRefunds } from './retry-pending-refunds';
import { balanceIn } from '@/lib/services/payments/payment-test-fixtures';

const later = (now: Date) => new Date(now.getTime() + REFUND_RETRY_GRACE_MS + 1000);

async function credit(invoiceId: string, amountMinor: number | 'full', disposition: 'refund' | 'auto' = 'refund') {
  const now = new Date();
  const result = await issueCreditNote({ invoiceId, amountMinor, reason: 'Returned', disposition, staffUserId: 'staff-1', now });
  if (!result.ok) throw new Error(result.error.message);
  return { ...result.value, now };
}

const ledgerOf = (providerPaymentId: string) => db.select().from(testProviderPayments).where(eq(testProviderPayments.id, providerPaymentId));
const providerRefundsOf = (providerPaymentId: string) =>
  db.select().from(testProviderPayments).where(and(eq(testProviderPayments.kind, 'refund'), eq(testProviderPayments.refundOf, providerPaymentId)));

afterEach(() => vi.restoreAllMocks());

describe('refunds through the provider', () => {
  test('a paid-online invoice credited with auto is refunded to the payment it came from', async () => {
    const { invoice, payment } = await paidOnlineInvoice();
    const { creditNote, refunds: sent } = await credit(invoice.id, 1000, 'auto');
    expect(creditNote.disposition).toBe('refund');
    expect(sent).toMatchObject([{ paymentId: payment.id, provider: 'test', amountMinor: 1000, status: 'refunded', failureReason: null }]);
    expect(sent[0]!.providerRefundId).toMatch(/^tr_/);
    expect(sent[0]!.settledAt).not.toBeNull();
    expect((await ledgerOf(payment.providerPaymentId!))[0]!.refundedMinor).toBe(1000);
    // A refund is not a balance: the customer's balance is untouched.
    expect(await balanceIn(invoice.customerId)).toBe(0);
  });

  test('a second run never refunds twice, even after a crash before the outcome was written', async () => {
    const { invoice, payment } = await paidOnlineInvoice();
    const { refunds: [sent], now } = await credit(invoice.id, 'full');
    expect(sent).toMatchObject({ status: 'refunded', amountMinor: 3200 });

    // Running it again does nothing.
    expect(await executeRefund(sent!.id)).toMatchObject({ status: 'refunded' });
    // As if the process died after the provider refunded but before we recorded it.
    await db.update(refunds).set({ status: 'pending', providerRefundId: null, settledAt: null }).where(eq(refunds.id, sent!.id));
    const report = await retryPendingRefunds({ now: later(now) });
    expect(report.refunded).toBeGreaterThanOrEqual(1);
    const [after] = await db.select().from(refunds).where(eq(refunds.id, sent!.id));
    expect(after).toMatchObject({ status: 'refunded', providerRefundId: sent!.providerRefundId });
    expect((await ledgerOf(payment.providerPaymentId!))[0]!.refundedMinor).toBe(3200);
    expect(await providerRefundsOf(payment.providerPaymentId!)).toHaveLength(1);
  });

  test('an unreachable provider leaves the refund pending; the retry completes it once', async () => {
    const { invoice, payment } = await paidOnlineInvoice();
    vi.spyOn(testProvider, 'refund').mockRejectedValueOnce(new ProviderUnavailableError('Test provider timed out'));
    const { refunds: [sent], now } = await credit(invoice.id, 700);
    expect(sent).toMatchObject({ status: 'pending', failureReason: null });

    // Too young for the sweep: the request that made it may still be sending it.
    expect((await retryPendingRefunds({ now })).tried).toBe(0);
    await retryPendingRefunds({ now: later(now) });
    const [after] = await db.select().from(refunds).where(eq(refunds.id, sent!.id));
    expect(after!.status).toBe('refunded');
    expect((await ledgerOf(payment.providerPaymentId!))[0]!.refundedMinor).toBe(700);
  });

  test('a provider that refuses leaves the refund failed with its reason; the credit note stands', async () => {
    const { invoice, payment } = await paidOnlineInvoice();
    // The provider's side: the money was already sent back outside the shop.
    await db.update(testProviderPayments).set({ refundedMinor: 3200 }).where(eq(testProviderPayments.id, payment.providerPaymentId!));
    const { creditNote, refunds: [sent] } = await credit(invoice.id, 500);
    expect(sent).toMatchObject({ status: 'failed', creditNoteId: creditNote.id });
    expect(sent!.failureReason).toContain('refund exceeds what is left');
    // A failed refund sent nothing: it does not count against what can still be refunded.
    const [stillPending] = await db.select().from(refunds).where(and(eq(refunds.paymentId, payment.id), eq(refunds.status, 'pending')));
    expect(stillPending).toBeUndefined();
  });

  test('refunds are capped at what the online payments still hold', async () => {
    const { invoice, payment } = await paidOnlineInvoice();
    await credit(invoice.id, 3000);
    const result = await issueCreditNote({
      invoiceId: invoice.id,
      amountMinor: 200,
      reason: 'More',
      disposition: 'refund',
      staffUserId: null,
      now: new Date(),
    });
    expect(result.ok).toBe(true);
    const sent = await db.select().from(refunds).where(eq(refunds.paymentId, payment.id));
    expect(sent.map((r) => [r.amountMinor, r.status]).sort()).toEqual([
      [200, 'refunded'],
      [3000, 'refunded'],
    ]);
    const over = await issueCreditNote({ invoiceId: invoice.id, amountMinor: 1, reason: 'x', disposition: 'refund', staffUserId: null, now: new Date() });
    expect(over).toMatchObject({ ok: false, error: { code: 'amount' } });
  });
});
