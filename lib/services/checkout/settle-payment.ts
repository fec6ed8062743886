import { eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db } from '@/db/client';
import { orders, payments, type Order, type Payment } from '@/db/schema';
import { providerById } from '@/lib/payments/providers';
import type { ProviderPayment } from '@/lib/payments/types';
import { creditBalance } from '@/lib/services/payments/credit-balance';
import { lockPayment } from '@/lib/services/payments/lock-payment';
import { cardCountrySet } from '@/lib/services/payments/record-card-country';
import { queueMerchantNewOrder } from '@/lib/services/email/send-merchant-new-order';
import { queueSepaDebitNotice } from '@/lib/services/email/queue-sepa-debit-notice';
import { nudgeOrderPaid, recordOrderPaid } from '@/lib/services/events/order-events';
import { fulfilOrder } from './fulfil-order';

// NOTE: the reads built once (db/built-once.ts): every checkout settles, hundreds in the demo history.
const paymentId = () => eq(payments.id, valueFor(payments.id, 'id'));
const paymentStatement = builtOnceQuery<Payment>(() => db.select().from(payments).where(paymentId()).limit(1));
// NOTE: the order read as it is locked: fulfilment needs the row, and nothing changes it under the lock.
const lockOrderStatement = builtOnceQuery<Order>(() =>
  db.select().from(orders).where(eq(orders.id, valueFor(orders.id, 'id'))).for('update'),
);

export type SettleResult = {
  status: 'pending' | 'paid' | 'failed' | 'canceled';
  orderId: string | null;
  failureReason: string | null;
};

/**
 * Applies what the provider says about a payment attempt. Safe to call any number of times, in
 * any order, from the return URL and from webhooks: the order row is locked, a settled attempt is
 * never settled again, and the order is fulfilled at most once (unique keys back this up).
 */
export async function settlePayment(input: {
  paymentId: string;
  now: Date;
  /**
   * An attempt of nothing to pay today that only left a mandate (a free trial paid by SEPA direct
   * debit: the provider made the mandate, no payment): it is settled as paid on that mandate.
   */
  mandateOnly?: { mandateRef: string };
  /**
   * The payment's row when the caller has just read it (a simulated checkout): not read again.
   * Only its provider, ids and amount are used before the row is locked and read anew.
   */
  payment?: Payment;
}): Promise<SettleResult> {
  const [payment] = input.payment?.id === input.paymentId ? [input.payment] : await paymentStatement(db, { id: input.paymentId });
  if (!payment) throw new Error(`Payment ${input.paymentId} does not exist`);

  // Ask the provider before taking locks: it may be a network call.
  const state: (Omit<ProviderPayment, 'providerPaymentId'> & { providerPaymentId: string | null }) | null =
    payment.provider === 'none'
      ? { providerPaymentId: payment.id, status: 'paid', failureReason: null, failureKind: null, mandateRef: null, method: null, cardCountry: null }
      : input.mandateOnly && payment.amountMinor === 0
        ? { providerPaymentId: null, status: 'paid', failureReason: null, failureKind: null, mandateRef: input.mandateOnly.mandateRef, method: null, cardCountry: null }
        : payment.providerPaymentId
        ? await providerById(payment.provider).getPayment(payment.providerPaymentId)
        : null;

  const outcome = await db.transaction(async (tx) => {
    const [order] = payment.orderId ? await lockOrderStatement(tx, { id: payment.orderId }) : [];
    const current = await lockPayment(tx, payment.id);
    if (!current) throw new Error(`Payment ${payment.id} vanished`);
    if (current.status !== 'pending' || !state || state.status === 'open' || state.status === 'pending') {
      return { result: resultOf(current.status, current.orderId, current.failureReason), fulfilled: null };
    }

    await tx
      .update(payments)
      .set({
        status: state.status === 'paid' ? 'paid' : state.status === 'canceled' ? 'canceled' : 'failed',
        failureReason: state.failureReason,
        failureKind: state.failureKind,
        // NOTE: a provider may name the payment anew once it exists (a Stripe Checkout Session
        // becomes its PaymentIntent): later webhooks and chargebacks use the new id.
        providerPaymentId: state.providerPaymentId,
        settledAt: input.now,
        // The card's country in the same update (recordCardCountry's value).
        ...cardCountrySet(state),
      })
      .where(eq(payments.id, current.id));
    if (state.status !== 'paid' || !current.orderId) {
      // NOTE: a SEPA debit the bank refused days after it was taken: the order never started, and
      // the customer, long gone from the page, hears of it by e-mail (Min Side says so too).
      if (state.status === 'failed' && current.orderId && current.method === 'sepa_debit' && current.accountMasked) {
        await queueSepaDebitNotice(tx, { paymentId: current.id, kind: 'failed', at: input.now });
      }
      return { result: resultOf(state.status, current.orderId, state.failureReason), fulfilled: null };
    }

    // The payment's order never changes, so the order locked above is this one.
    if (order!.status === 'paid') {
      // NOTE: a second attempt for an order that is already paid (two tabs, two providers):
      // the money is the customer's, kept as credit for the next invoice in its currency.
      await creditBalance(tx, {
        customerId: current.customerId,
        amountMinor: current.amountMinor,
        currency: current.currency,
        reason: 'duplicate_payment',
        paymentId: current.id,
      });
      return { result: resultOf('paid', order!.id, null), fulfilled: null };
    }
    const { lines, ...fulfilled } = await fulfilOrder(tx, { order: order!, payment: current, mandateRef: state.mandateRef, now: input.now });
    // The merchant hears of every new order, with its invoice attached (the order and its lines
    // as fulfilment read them: what the notice lists is not changed by fulfilling).
    await queueMerchantNewOrder(tx, { orderId: order!.id, known: { order: order!, lines: lines.map(({ line }) => line) } });
    await recordOrderPaid(tx, fulfilled);
    return { result: resultOf('paid', order!.id, null), fulfilled };
  });

  // After commit: the e-mails and follow-ups the transaction recorded (the sweep delivers them if
  // this process dies first).
  if (outcome.fulfilled) await nudgeOrderPaid(outcome.fulfilled);
  return outcome.result;
}

function resultOf(status: string, orderId: string | null, failureReason: string | null): SettleResult {
  return { status: status as SettleResult['status'], orderId, failureReason };
}
