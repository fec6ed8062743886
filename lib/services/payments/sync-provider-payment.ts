import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { payments } from '@/db/schema';
import { providerById } from '@/lib/payments/providers';
import { settlePayment } from '@/lib/services/checkout/settle-payment';
import { keepEarlyProviderEvent, takeEarlyProviderEvent } from './early-provider-events';
import { recordChargeOutcome } from './record-charge-outcome';
import { chargebackReversal, reversePayment } from './reverse-payment';
import { settleInvoicePayment } from './settle-invoice-payment';

export type SyncResult = { providerPaymentId: string; outcome: 'unknown' | 'checkout' | 'invoice' | 'autopay' };

/**
 * A provider told us something changed about one of its payments (a webhook). We never trust the
 * message for the state: the payment is read back from the provider and that state is applied,
 * so duplicate and out-of-order deliveries all converge on the provider's current truth, and a
 * forged id can at most make us re-read a real payment.
 */
export async function syncProviderPayment(input: { provider: string; providerPaymentId: string; now: Date }): Promise<SyncResult> {
  let payment = await storedPayment(input);
  if (!payment) {
    // NOTE: the webhook may beat the commit that stores the provider's id on our row (the
    // provider answers the payer before it answers us). It is kept, and applied by whoever sees
    // both: that commit's writer looks for it right after (applyEarlyProviderEvent), and this
    // looks for the row again after keeping it, so one of the two always does; the sweep too.
    await keepEarlyProviderEvent(input);
    payment = await storedPayment(input);
    if (!payment || !(await takeEarlyProviderEvent(input))) return { providerPaymentId: input.providerPaymentId, outcome: 'unknown' };
  }
  if (payment.orderId) {
    if (payment.status === 'paid') {
      // Settled already: the only news can be a chargeback of the first payment.
      const state = await providerById(payment.provider).getPayment(input.providerPaymentId);
      if (state?.status === 'charged_back') {
        await db.transaction((tx) => reversePayment(tx, chargebackReversal(payment.id, state, input.now)));
      }
    } else await settlePayment({ paymentId: payment.id, now: input.now });
    return { providerPaymentId: input.providerPaymentId, outcome: 'checkout' };
  }
  if (payment.source === 'autopay') {
    const state = await providerById(payment.provider).getPayment(input.providerPaymentId);
    if (state) await recordChargeOutcome({ paymentId: payment.id, state, now: input.now });
    return { providerPaymentId: input.providerPaymentId, outcome: 'autopay' };
  }
  await settleInvoicePayment({ paymentId: payment.id, now: input.now });
  return { providerPaymentId: input.providerPaymentId, outcome: 'invoice' };
}

/**
 * Applies a webhook that arrived before the provider's id was stored on our payment row, if one
 * was kept: called right after that id is committed (and by the sweep).
 */
export async function applyEarlyProviderEvent(input: { provider: string; providerPaymentId: string; now: Date }): Promise<void> {
  if (await takeEarlyProviderEvent(input)) await syncProviderPayment(input);
}

async function storedPayment(input: { provider: string; providerPaymentId: string }) {
  const [payment] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.provider, input.provider), eq(payments.providerPaymentId, input.providerPaymentId)))
    .limit(1);
  return payment;
}
