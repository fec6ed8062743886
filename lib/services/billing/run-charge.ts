import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, paymentMethods, payments } from '@/db/schema';
import { providerById } from '@/lib/payments/providers';
import { recordChargeOutcome, type ChargeOutcome } from '@/lib/services/payments/record-charge-outcome';

export type { ChargeOutcome } from '@/lib/services/payments/record-charge-outcome';

/**
 * Charges one prepared autopay attempt through its provider, then records the outcome.
 *
 * NOTE: the payment row's id is the provider's idempotency key: if we crash (or the provider
 * times out) after the provider accepted, the rerun asks again with the same key and gets the
 * same payment, never a second charge. The provider call happens outside any transaction.
 */
export async function runCharge(paymentId: string, now: Date): Promise<ChargeOutcome> {
  const [row] = await db
    .select({ payment: payments, invoice: invoices })
    .from(payments)
    .innerJoin(invoices, eq(payments.invoiceId, invoices.id))
    .where(eq(payments.id, paymentId));
  if (!row) throw new Error(`Charge ${paymentId} does not exist`);
  if (row.payment.status !== 'pending' || row.payment.providerPaymentId) return { status: 'skipped', reason: null, retry: null };
  if (row.payment.chargeAt && row.payment.chargeAt > now) return { status: 'skipped', reason: 'Not due yet', retry: null };
  if (row.invoice.status !== 'open') {
    // Paid meanwhile (bank transfer, the pay link) or voided: nothing left to charge.
    await db.update(payments).set({ status: 'canceled', failureReason: `Invoice is ${row.invoice.status}` }).where(eq(payments.id, paymentId));
    return { status: 'skipped', reason: `Invoice is ${row.invoice.status}`, retry: null };
  }
  const [mandate] = await db
    .select()
    .from(paymentMethods)
    .where(and(eq(paymentMethods.customerId, row.payment.customerId), eq(paymentMethods.isDefault, true)))
    .limit(1);
  if (!mandate?.mandateRef) return { status: 'skipped', reason: 'No payment method on file', retry: null };

  const provider = providerById(row.payment.provider);
  // NOTE: a ProviderUnavailableError propagates: unknown whether the provider took the charge,
  // so the attempt stays pending and is asked again with the same key (the sweep's next round,
  // or Inngest's retry of this step).
  const result = await provider.chargeMandate({
    idempotencyKey: row.payment.id,
    mandateRef: mandate.mandateRef,
    amountMinor: row.payment.amountMinor,
    currency: row.payment.currency,
    description: `Invoice ${row.invoice.number}`,
    providerCustomerId: mandate.providerCustomerId,
  });
  // Dated on the attempt's own date (its issue step, or its retry), like every engine step: both
  // drivers write the same rows however late they run.
  return recordChargeOutcome({ paymentId, state: result, now: row.payment.chargeAt ?? now });
}
