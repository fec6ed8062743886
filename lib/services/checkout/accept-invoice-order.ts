import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers, orders, type Order, type OrderLine, type Plan } from '@/db/schema';
import { dunningCursor } from '@/lib/billing/dunning-round';
import type { InvoiceAccess } from '@/lib/billing/invoice-order-access';
import { orderDunningCursor } from '@/lib/billing/order-dunning';
import { addDaysInZone } from '@/lib/billing/periods';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { startSubscription } from '@/lib/billing/subscription-start';
import { REAL_TIME } from '@/lib/services/billing/clock-scope';
import { dunningStepsFor, loadEngineContext } from '@/lib/services/billing/engine-context';
import { orderReminderSteps } from '@/lib/services/billing/orders/order-reminder-steps';
import { queueMerchantNewOrder } from '@/lib/services/email/send-merchant-new-order';
import { queueOrderConfirmation } from '@/lib/services/email/send-order-confirmation';
import { recordEvent } from '@/lib/services/events/record-event';
import { createOrderInvoice, leadSubscriptionOf, type OpenOrderInvoice } from '@/lib/services/invoices/create-order-invoice';
import { seriesFor } from '@/lib/services/invoices/series-for';
import { createOrderSubscriptions } from '@/lib/services/subscriptions/create-order-subscriptions';
import { loadOrderLines } from './load-order-lines';

/**
 * An order paid by invoice, in the transaction that placed it: the first invoice finalized open
 * with its gapless number and bank reference (KID or RF) and due after the shop's payment terms,
 * and e-mailed (`billing/invoice.finalized`); the order confirmed to the customer and announced
 * to the merchant. With access on order the subscriptions start now (anchored now); with access
 * on payment they start when the invoice is paid (startInvoicedOrder).
 *
 * NOTE: no payment row and no provider: the money arrives by bank transfer and is booked on the
 * invoice by applyPayment (registered by hand or matched by its reference from a bank file).
 */
export async function acceptInvoiceOrder(tx: Tx, input: { order: Order; access: InvoiceAccess; now: Date }): Promise<{ invoiceId: string | null }> {
  const { order, now } = input;
  // NOTE: nothing to pay (a free trial, a 100 % coupon): no money will ever arrive to wait for, so
  // the order is fulfilled now like a provider-paid one, its invoice (if any) paid in full.
  const nothingToPay = order.totalMinor === 0;
  const access: InvoiceAccess = nothingToPay ? 'order' : input.access;
  const [customer] = await tx.select().from(customers).where(eq(customers.id, order.customerId));
  const ctx = await loadEngineContext(tx, customer!.testClockId ? { kind: 'test-clock', clockId: customer!.testClockId } : REAL_TIME);
  const lines = await loadOrderLines(tx, order.id);
  const subscriptions =
    access === 'order' ? await createOrderSubscriptions(tx, { order, lines, timeZone: ctx.timeZone, now }) : new Map();

  const dueAt = addDaysInZone(now, ctx.settings.paymentTermsDays, ctx.timeZone);
  // The plan's reminder process of the invoice's lead subscription follows it up (and suspends
  // the access it gave, to every subscription on it): one subscription or several alike.
  const priced = order.pricing as PricedInvoice;
  const lead = leadSubscriptionOf(priced, subscriptions);
  const plan = lead && lines.find(({ plan }) => plan?.id === lead.planId)?.plan;
  // With access on payment nothing has started: the order itself is reminded, and lapses at the
  // end of its process (orderReminderSteps, applyOrderDunningBatch).
  const open: OpenOrderInvoice | undefined = nothingToPay
    ? undefined
    : {
        dueAt,
        cursor: plan
          ? dunningCursor(dueAt, dunningStepsFor(ctx, plan.dunningPlanId), 0, ctx.timeZone)
          : access === 'payment'
            ? orderDunningCursor(dueAt, await orderReminderSteps(tx, order.id, ctx), 0, ctx.timeZone)
            : null,
      };
  const invoiceId = await createOrderInvoice(tx, {
    order,
    customer: customer!,
    priced,
    subscriptionsByPosition: subscriptions,
    periodsByPosition: access === 'payment' ? firstTermsIfPaidNow(lines, now, ctx.timeZone) : undefined,
    seriesId: seriesFor(customer!, ctx.settings),
    now,
    open,
  });

  await tx
    .update(orders)
    .set({ invoiceAccess: access, ...(nothingToPay ? { status: 'paid' as const, paidAt: now } : {}) })
    .where(eq(orders.id, order.id));
  if (nothingToPay) await recordEvent(tx, { name: 'shop/order.paid', data: { orderId: order.id } });
  else await queueOrderConfirmation(tx, order.id);
  await queueMerchantNewOrder(tx, { orderId: order.id });
  if (invoiceId) await recordEvent(tx, { name: 'billing/invoice.finalized', data: { invoiceId } });
  return { invoiceId };
}

/**
 * The period each plan line of an order with access on payment is invoiced for: the first term as
 * it would run if the money arrived now, from the order (invoice) date (startSubscription, as the
 * subscription will be started). Printed on the invoice when it is finalised, so its PDF and
 * e-mail name the period billed. The rule (ARCHITECTURE.md, "Pay by invoice"): the subscription
 * still starts on the day the money arrives and the customer gets the whole term from that day;
 * startInvoicedOrder then moves the line's period to the term served (only the period: number,
 * amounts and text stay as issued). Paid on the order day, the two are the same.
 */
export function firstTermsIfPaidNow(lines: { line: OrderLine; plan: Plan | null }[], now: Date, timeZone: string): Map<number, { start: Date; end: Date }> {
  const periods = new Map<number, { start: Date; end: Date }>();
  for (const { line, plan } of lines) {
    if (line.kind !== 'subscription' || !plan) continue;
    const start = startSubscription({
      now,
      interval: { unit: plan.intervalUnit, count: plan.intervalCount },
      trialDays: plan.trialDays,
      commitmentMonths: plan.commitmentMonths,
      timeZone,
    });
    periods.set(line.position, { start: start.currentPeriodStart, end: start.currentPeriodEnd });
  }
  return periods;
}
