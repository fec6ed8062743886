import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { payments } from '@/db/schema';
import { providerById } from '@/lib/payments/providers';
import { queueAutopayMethodSaved } from '@/lib/services/email/send-autopay-method-saved';
import { queuePaymentReceived } from '@/lib/services/email/send-payment-received';
import { afterPaymentApplied } from './after-payment-applied';
import { applyPayment, providerPaymentReceived } from './apply-payment';
import { chargebackReversal, reversePayment } from './reverse-payment';
import { lockPayment } from './lock-payment';
import { saveMandate } from './save-mandate';
import { recordCardCountry } from './record-card-country';

export type InvoicePaymentStatus = 'pending' | 'paid' | 'failed' | 'canceled' | 'charged_back';

/**
 * Applies what the provider says about a pay-link payment of an invoice, from the return URL or a
 * webhook, any number of times and in any order: only a pending payment settles, and only a paid
 * one can be charged back. Paid: the invoice is paid (a suspension lifted), the new mandate
 * becomes the autopay method when the payer chose so (told by e-mail), and the customer gets a
 * receipt.
 */
export async function settleInvoicePayment(input: { paymentId: string; now: Date }): Promise<{ status: InvoicePaymentStatus; invoiceId: string }> {
  const [payment] = await db.select().from(payments).where(eq(payments.id, input.paymentId));
  if (!payment?.invoiceId) throw new Error(`Payment ${input.paymentId} is not the payment of an invoice`);
  // Ask the provider before taking locks: it may be a network call.
  const state = payment.providerPaymentId ? await providerById(payment.provider).getPayment(payment.providerPaymentId) : null;

  const outcome = await db.transaction(async (tx) => {
    const current = await lockPayment(tx, payment.id);
    if (!current) throw new Error(`Payment ${payment.id} vanished`);
    if (!state) return { status: current.status as InvoicePaymentStatus, applied: null };
    if (state.status === 'charged_back' && current.status === 'paid') {
      await reversePayment(tx, chargebackReversal(current.id, state, input.now));
      return { status: 'charged_back' as const, applied: null };
    }
    if (current.status !== 'pending' || state.status === 'open' || state.status === 'pending') {
      return { status: current.status as InvoicePaymentStatus, applied: null };
    }
    if (state.status === 'paid') {
      await recordCardCountry(tx, current.id, state);
      const applied = await applyPayment(tx, providerPaymentReceived(current, state.providerPaymentId, input.now));
      // A pay-link payer's method becomes the autopay method only when they ticked "use for
      // future payments" (saveMandate); the customer then hears of it.
      if (state.mandateRef && current.saveMandate) {
        const saved = await saveMandate(tx, { customerId: current.customerId, payment: current, mandateRef: state.mandateRef });
        if (saved.changed) await queueAutopayMethodSaved(tx, current.id);
      }
      return { status: 'paid' as const, applied };
    }
    const status: InvoicePaymentStatus = state.status === 'canceled' ? 'canceled' : 'failed';
    await tx
      .update(payments)
      .set({ status, failureReason: state.failureReason, failureKind: state.failureKind, settledAt: input.now })
      .where(eq(payments.id, current.id));
    return { status, applied: null };
  });
  if (outcome.applied) {
    await afterPaymentApplied(outcome.applied);
    await queuePaymentReceived(payment.id);
  }
  return { status: outcome.status, invoiceId: payment.invoiceId };
}
