import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { creditNotes, payments, refunds, type Refund } from '@/db/schema';
import { providerById } from '@/lib/payments/providers';
import { ProviderUnavailableError, type ProviderRefund } from '@/lib/payments/types';
import { recordEvent } from '@/lib/services/events/record-event';

/**
 * Sends one pending refund through the provider that took the payment, then records what the
 * provider said. Outside any transaction: a provider call must never hold database locks.
 *
 * NOTE: the refund row's id is the provider's idempotency key. If we crash after the provider
 * accepted, the refund stays pending and the next attempt asks again with the same key and gets
 * the same refund back, never a second one. A provider that cannot be reached leaves it pending
 * (it may have gone through); a provider that refuses marks it failed with its reason, for the
 * merchant to see. The outcome is written only over a pending row, so a late second caller can
 * never turn a refunded row into a failed one.
 */
export async function executeRefund(refundId: string, now: Date = new Date()): Promise<Refund | null> {
  const [row] = await db
    .select({ refund: refunds, payment: payments, creditNoteNumber: creditNotes.number })
    .from(refunds)
    .innerJoin(payments, eq(refunds.paymentId, payments.id))
    .leftJoin(creditNotes, eq(refunds.creditNoteId, creditNotes.id))
    .where(eq(refunds.id, refundId));
  if (!row) return null;
  if (row.refund.status !== 'pending') return row.refund;
  const { refund, payment } = row;

  let outcome: ProviderRefund;
  try {
    if (!payment.providerPaymentId) throw new Error('The payment has no provider payment id to refund.');
    outcome = await providerById(refund.provider).refund({
      idempotencyKey: refund.id,
      providerPaymentId: payment.providerPaymentId,
      amountMinor: refund.amountMinor,
      currency: refund.currency,
      description: row.creditNoteNumber ? `Refund for credit note ${row.creditNoteNumber}` : 'Refund',
    });
  } catch (error) {
    if (error instanceof ProviderUnavailableError) {
      console.error(`[refunds] ${refund.id} stays pending, the provider did not answer:`, error.message);
      return refund;
    }
    return record(refund.id, { status: 'failed', failureReason: messageOf(error) });
  }
  if (outcome.status === 'pending') return record(refund.id, { providerRefundId: outcome.providerRefundId });
  return record(refund.id, {
    status: outcome.status,
    providerRefundId: outcome.providerRefundId,
    ...(outcome.status === 'refunded' ? { settledAt: now } : { failureReason: 'The payment provider declined the refund.' }),
  });
}

async function record(refundId: string, patch: Partial<Refund>): Promise<Refund | null> {
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(refunds)
      .set(patch)
      .where(and(eq(refunds.id, refundId), eq(refunds.status, 'pending')))
      .returning();
    // Money went back: the payment's webhook (its state shows the payment, the refund is in the log).
    if (row?.status === 'refunded') await recordEvent(tx, { name: 'payment/refunded', data: { paymentId: row.paymentId, refundId: row.id } });
    return row;
  });
  if (updated) return updated;
  const [current] = await db.select().from(refunds).where(eq(refunds.id, refundId));
  return current ?? null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
