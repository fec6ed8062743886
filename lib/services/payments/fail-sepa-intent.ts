import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { payments } from '@/db/schema';
import { providerById } from '@/lib/payments/providers';
import { sepaMandateReference } from '@/lib/payments/sepa/mandate-reference';
import { queueMandateRevocation, revokeDueMandates } from '@/lib/services/payment-methods/revoke-mandates';

/**
 * Ends a SEPA debit intent from our own page that never got its debit (the mandate or the debit
 * call timed out, the process died between them), and the mandate it may have left at the
 * provider with it: never a live mandate we do not know of.
 * - The mandate is the one the caller holds, or else looked up at the provider by the intent's
 *   id (the reference its mandate call carried). A lookup that fails throws, and the intent stays
 *   pending, in doubt, for the stale-payments sweep to try again.
 * - In one transaction the intent is failed and the mandate's revocation recorded
 *   (mandate_revocations), then tried at once; a provider that does not answer has it retried by
 *   the billing sweep until it confirms.
 * An intent no longer pending without a provider id (a debit was attached meanwhile) is left as it
 * is, and so is its mandate: it is the one that debit uses. `false` then.
 */
export async function failSepaIntent(paymentId: string, input: { reason: string; now: Date; mandateRef?: string | null }): Promise<boolean> {
  const [payment] = await db.select().from(payments).where(eq(payments.id, paymentId));
  if (!payment || payment.status !== 'pending' || payment.providerPaymentId) return false;
  const provider = providerById(payment.provider);
  const mandateRef =
    input.mandateRef ??
    (await provider.findDebitMandate?.({
      reference: payment.id,
      mandateReference: sepaMandateReference(payment.id),
      since: payment.providerRequestedAt ?? payment.createdAt,
    }))?.mandateRef ??
    null;
  const revocationId = await db.transaction(async (tx) => {
    const failed = await tx
      .update(payments)
      .set({ status: 'failed', failureReason: input.reason, failureKind: 'temporary', settledAt: input.now })
      .where(and(eq(payments.id, payment.id), eq(payments.status, 'pending'), isNull(payments.providerPaymentId)))
      .returning({ id: payments.id });
    if (failed.length === 0) return undefined;
    return queueMandateRevocation(tx, { customerId: payment.customerId, provider: payment.provider, mandateRef });
  });
  if (revocationId === undefined) return false;
  // Wall-clock time: the provider's retries are real time, whatever clock the intent is billed on.
  if (revocationId) await revokeDueMandates({ now: new Date(), ids: [revocationId] });
  return true;
}
