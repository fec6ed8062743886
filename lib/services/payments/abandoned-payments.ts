import { releaseCoupon } from '@/lib/services/checkout/redeem-coupon';
import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { invoices, orders, payments, type Order, type Payment } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { providerById } from '@/lib/payments/providers';
import { invoiceAuditState } from '@/lib/services/audit/invoice-audit-state';
import { paymentAuditState } from '@/lib/services/audit/payment-audit-state';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { fulfilOrder } from '@/lib/services/checkout/fulfil-order';
import { settlePayment } from '@/lib/services/checkout/settle-payment';
import { queueMerchantNewOrder } from '@/lib/services/email/send-merchant-new-order';
import { nudgeOrderPaid, recordOrderPaid } from '@/lib/services/events/order-events';

type MarkInput = { paymentId: string; staffUserId: string; now: Date };

/**
 * The merchant knows an abandoned checkout was paid after all (the money arrived, the provider
 * never said): the payment is recorded as paid and the order is fulfilled exactly as a reported
 * payment fulfils it (fulfilOrder: subscriptions, the paid invoice; the merchant's notice; then
 * the same events, so the customer gets the same e-mails).
 */
export async function markAbandonedPaid(input: MarkInput): Promise<Result<{ orderId: string; invoiceId: string | null }>> {
  const settled = await settleIfProviderPaid(input);
  if (settled) return ok(settled);

  const outcome = await db.transaction(async (tx) => {
    const locked = await lockPending(tx, input.paymentId);
    if (!locked.ok) return locked;
    const { order } = locked.value;
    const [payment] = await tx
      .update(payments)
      .set({ status: 'paid', settledAt: input.now, recordedBy: input.staffUserId, note: 'Marked paid by staff after an abandoned checkout.' })
      .where(eq(payments.id, input.paymentId))
      .returning();
    const fulfilled = await fulfilOrder(tx, { order, payment: payment!, mandateRef: null, now: input.now });
    await queueMerchantNewOrder(tx, { orderId: order.id });
    await recordOrderPaid(tx, fulfilled);
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'payment.mark-paid',
      record: { type: 'payment', id: payment!.id },
      before: { payment: paymentAuditState(locked.value.payment), order: { id: order.id, status: order.status } },
      after: { payment: paymentAuditState(payment!), order: { id: order.id, status: 'paid' }, invoiceId: fulfilled.invoiceId },
    });
    return ok(fulfilled);
  });
  if (!outcome.ok) return outcome;
  // After commit, as settlePayment does: the e-mails and follow-ups the transaction recorded.
  await nudgeOrderPaid(outcome.value);
  return outcome;
}

/**
 * The merchant knows an abandoned checkout will not be paid: the payment is canceled, and so is
 * the order; an order that already has an invoice keeps the order and has the invoice voided
 * (with its dunning stopped) instead, since an issued invoice is never deleted.
 */
export async function markAbandonedNotPaid(input: MarkInput): Promise<Result<{ orderCanceled: boolean; invoiceVoided: boolean }>> {
  if (await settleIfProviderPaid(input)) {
    return err('The payment provider reports this payment as paid: the order has been fulfilled instead.');
  }
  return db.transaction(async (tx) => {
    const locked = await lockPending(tx, input.paymentId);
    if (!locked.ok) return locked;
    const { order, payment } = locked.value;
    const [canceled] = await tx
      .update(payments)
      .set({ status: 'canceled', failureReason: 'Marked not paid by staff', recordedBy: input.staffUserId })
      .where(eq(payments.id, payment.id))
      .returning();
    const [invoice] = await tx.select().from(invoices).where(eq(invoices.orderId, order.id)).for('update');
    const voided = invoice?.status === 'open';
    if (invoice && voided) {
      await tx.update(invoices).set({ status: 'void', nextDunningStep: null, nextDunningAt: null }).where(eq(invoices.id, invoice.id));
    } else {
      await tx.update(orders).set({ status: 'canceled' }).where(eq(orders.id, order.id));
      await releaseCoupon(tx, order);
    }
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'payment.mark-not-paid',
      record: { type: 'payment', id: payment.id },
      before: { payment: paymentAuditState(payment), order: { id: order.id, status: order.status }, invoice: invoice ? invoiceAuditState(invoice) : null },
      after: {
        payment: paymentAuditState(canceled!),
        order: { id: order.id, status: voided ? order.status : 'canceled' },
        invoice: invoice ? { ...invoiceAuditState(invoice), status: voided ? 'void' : invoice.status } : null,
      },
    });
    return ok({ orderCanceled: !voided, invoiceVoided: voided });
  });
}

/** The order and its payment, locked in that order (as settlePayment locks them). */
async function lockPending(tx: Tx, paymentId: string): Promise<Result<{ order: Order; payment: Payment }>> {
  const [first] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, paymentId));
  if (!first?.orderId) return err('That checkout payment does not exist.');
  const [order] = await tx.select().from(orders).where(eq(orders.id, first.orderId)).for('update');
  const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for('update');
  if (!order || !payment || payment.source !== 'checkout') return err('That checkout payment does not exist.');
  if (payment.status !== 'pending') return err(`This payment is already ${payment.status}.`);
  if (order.status !== 'pending_payment') return err(`The order is already ${order.status}.`);
  return ok({ order, payment });
}

/**
 * Asks the provider first: a payment it reports as paid is settled the normal way. Best effort:
 * a provider that cannot be reached leaves the decision to the merchant.
 */
async function settleIfProviderPaid(input: MarkInput): Promise<{ orderId: string; invoiceId: string | null } | null> {
  const [payment] = await db.select().from(payments).where(eq(payments.id, input.paymentId));
  if (!payment?.providerPaymentId || payment.status !== 'pending' || payment.provider === 'none') return null;
  try {
    const state = await providerById(payment.provider).getPayment(payment.providerPaymentId);
    if (state?.status !== 'paid') return null;
  } catch {
    return null;
  }
  const result = await settlePayment({ paymentId: payment.id, now: input.now });
  if (result.status !== 'paid' || !result.orderId) return null;
  const [invoice] = await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.orderId, result.orderId));
  return { orderId: result.orderId, invoiceId: invoice?.id ?? null };
}
