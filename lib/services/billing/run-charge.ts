import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, paymentMethods, payments } from '@/db/schema';
import { providerById } from '@/lib/payments/providers';
import { queuePaymentFailed } from '@/lib/services/email/send-payment-failed';
import { emitInvoicePaid } from '@/lib/services/events/billing-events';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { markInvoicePaid } from './mark-invoice-paid';

export type ChargeOutcome = { status: 'paid' | 'failed' | 'pending' | 'skipped'; reason: string | null };

/**
 * Charges one prepared autopay attempt through its provider, then records the outcome.
 *
 * NOTE: the payment row's id is the provider's idempotency key: if we crash after the provider
 * accepted, the rerun asks again with the same key and gets the same payment, never a second
 * charge. The provider call happens outside any transaction.
 */
export async function runCharge(paymentId: string, now: Date): Promise<ChargeOutcome> {
  const [row] = await db
    .select({ payment: payments, invoice: invoices })
    .from(payments)
    .innerJoin(invoices, eq(payments.invoiceId, invoices.id))
    .where(eq(payments.id, paymentId));
  if (!row) throw new Error(`Charge ${paymentId} does not exist`);
  if (row.payment.status !== 'pending') return { status: 'skipped', reason: null };
  const [mandate] = await db
    .select()
    .from(paymentMethods)
    .where(and(eq(paymentMethods.customerId, row.payment.customerId), eq(paymentMethods.isDefault, true)))
    .limit(1);
  if (!mandate?.mandateRef) return { status: 'skipped', reason: 'No payment method on file' };

  const provider = providerById(row.payment.provider);
  const result = await provider.chargeMandate(db, {
    idempotencyKey: row.payment.id,
    mandateRef: mandate.mandateRef,
    amountMinor: row.payment.amountMinor,
    currency: row.payment.currency,
    description: `Invoice ${row.invoice.number}`,
  });
  if (result.status === 'open') {
    await db.update(payments).set({ providerPaymentId: result.providerPaymentId }).where(eq(payments.id, paymentId));
    return { status: 'pending', reason: null };
  }
  const timeZone = (await getShopSettings(db)).timeZone;
  const settled = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for('update');
    if (current!.status !== 'pending') return { outcome: { status: 'skipped' as const, reason: null }, paid: null };
    const paid = result.status === 'paid';
    await tx
      .update(payments)
      .set({
        providerPaymentId: result.providerPaymentId,
        status: paid ? 'paid' : 'failed',
        failureReason: result.failureReason,
        settledAt: now,
      })
      .where(eq(payments.id, paymentId));
    if (!paid) {
      // NOTE: no automatic retries yet: the customer is asked to pay or update the method, and
      // the invoice's dunning runs on from its due date.
      await queuePaymentFailed(tx, { paymentId, failure: 'permanent', reason: result.failureReason });
      return { outcome: { status: 'failed' as const, reason: result.failureReason }, paid: null };
    }
    const marked = await markInvoicePaid(tx, { invoiceId: row.invoice.id, amountMinor: current!.amountMinor, at: now, timeZone });
    return { outcome: { status: 'paid' as const, reason: null }, paid: marked };
  });
  // After commit: a running billing cycle waiting for this invoice stops its dunning.
  if (settled.paid) await emitInvoicePaid(settled.paid);
  return settled.outcome;
}
