import { saveMandate } from '@/lib/services/payments/save-mandate';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers, orders, payments, type Order, type Payment } from '@/db/schema';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { createOrderInvoice } from '@/lib/services/invoices/create-order-invoice';
import { seriesFor } from '@/lib/services/invoices/series-for';
import { createOrderSubscriptions } from '@/lib/services/subscriptions/create-order-subscriptions';
import { loadOrderLines } from './load-order-lines';

/**
 * Everything a paid order sets in motion, in the caller's transaction (which holds the order
 * lock): subscriptions activated, the first invoice finalized with its number and marked paid
 * (none when nothing is billed today: a free trial), the mandate kept for autopay, the order
 * marked paid.
 */
export async function fulfilOrder(
  tx: Tx,
  input: { order: Order; payment: Payment; mandateRef: string | null; now: Date },
): Promise<{ orderId: string; invoiceId: string | null }> {
  const { order, payment, now } = input;
  const settings = await getShopSettings(tx);
  const [customer] = await tx.select().from(customers).where(eq(customers.id, order.customerId));
  const lines = await loadOrderLines(tx, order.id);

  const subscriptionsByPosition = await createOrderSubscriptions(tx, {
    order,
    lines,
    timeZone: settings.timeZone,
    now,
  });

  const invoiceId = await createOrderInvoice(tx, {
    order,
    customer: customer!,
    priced: order.pricing as PricedInvoice,
    subscriptionsByPosition,
    seriesId: seriesFor(customer!, settings),
    now,
  });

  if (invoiceId) await tx.update(payments).set({ invoiceId }).where(eq(payments.id, payment.id));
  await tx.update(orders).set({ status: 'paid', paidAt: now }).where(eq(orders.id, order.id));
  // The newest mandate becomes the one autopay charges.
  if (input.mandateRef) await saveMandate(tx, { customerId: order.customerId, payment, mandateRef: input.mandateRef });
  return { orderId: order.id, invoiceId };
}
