import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers, invoiceLines, orders, type Invoice } from '@/db/schema';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { REAL_TIME } from '@/lib/services/billing/clock-scope';
import { loadEngineContext } from '@/lib/services/billing/engine-context';
import { queueInvoiceEmail } from '@/lib/services/email/send-invoice-email';
import { recordEvent } from '@/lib/services/events/record-event';
import { createOrderSubscriptions } from '@/lib/services/subscriptions/create-order-subscriptions';
import { loadOrderLines } from './load-order-lines';

/**
 * The first invoice of an order paid by invoice is paid in full (in applyPayment's transaction,
 * whichever way the money came: registered by hand, matched from a bank file, a pay link): the
 * order is paid, and with access on payment its subscriptions start now, anchored at the payment.
 * The invoice's plan lines then name their subscription's term 0, as a provider-paid order's do,
 * so that term is never billed again. Answers whether anything changed; any other invoice, or an
 * order already paid, changes nothing (a second payment of the same invoice is only credit).
 *
 * NOTE: the invoice went out before the subscription existed, so its plan lines carried no
 * period; the period is the one that starts with the payment (DESIGN §2: from the anchor).
 */
export async function startInvoicedOrder(tx: Tx, input: { invoice: Invoice; at: Date }): Promise<boolean> {
  const { invoice } = input;
  if (!invoice.orderId) return false;
  const [order] = await tx.select().from(orders).where(eq(orders.id, invoice.orderId)).for('update');
  if (!order || order.status !== 'pending_payment' || !order.invoiceAccess) return false;
  // A transfer booked (by its bank date) before the order existed still starts no earlier than the order.
  const at = input.at < order.createdAt ? order.createdAt : input.at;

  if (order.invoiceAccess === 'payment') {
    const [customer] = await tx.select().from(customers).where(eq(customers.id, order.customerId));
    const ctx = await loadEngineContext(tx, customer!.testClockId ? { kind: 'test-clock', clockId: customer!.testClockId } : REAL_TIME);
    const subscriptions = await createOrderSubscriptions(tx, { order, lines: await loadOrderLines(tx, order.id), timeZone: ctx.timeZone, now: at });
    const priced = order.pricing as PricedInvoice;
    for (const [position, line] of priced.lines.entries()) {
      const subscription = line.ref === null ? undefined : subscriptions.get(Number(line.ref));
      if (!subscription) continue;
      const isTerm = line.kind === 'plan';
      await tx
        .update(invoiceLines)
        .set({
          subscriptionId: subscription.id,
          term: isTerm ? 0 : null,
          periodStart: isTerm ? subscription.currentPeriodStart : null,
          periodEnd: isTerm ? subscription.currentPeriodEnd : null,
        })
        .where(and(eq(invoiceLines.invoiceId, invoice.id), eq(invoiceLines.position, position)));
    }
  }
  await tx.update(orders).set({ status: 'paid', paidAt: at }).where(eq(orders.id, order.id));
  await recordEvent(tx, { name: 'shop/order.paid', data: { orderId: order.id } });
  // An invoice charged rather than sent (a subscription the merchant starts) is e-mailed now, as
  // paid, as a checkout's first invoice is; one already e-mailed is not again (one per invoice).
  await queueInvoiceEmail(tx, invoice.id);
  return true;
}
