import { saveMandate } from '@/lib/services/payments/save-mandate';
import { eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { customers, orders, payments, type Customer, type Order, type OrderLine, type Payment, type Plan, type Subscription } from '@/db/schema';
import type { DunningCursor } from '@/lib/billing/dunning-round';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { createOrderInvoice, type OpenOrderInvoice } from '@/lib/services/invoices/create-order-invoice';
import { seriesFor } from '@/lib/services/invoices/series-for';
import { createOrderSubscriptions } from '@/lib/services/subscriptions/create-order-subscriptions';
import { loadOrderLines } from './load-order-lines';

/** Built once (db/built-once.ts): every order fulfilled reads its customer, hundreds in the demo history. */
const customerStatement = builtOnceQuery<Customer>(() => db.select().from(customers).where(eq(customers.id, valueFor(customers.id, 'id'))));

/**
 * Everything a paid order sets in motion, in the caller's transaction (which holds the order
 * lock): subscriptions activated, the first invoice finalized with its number and marked paid
 * (none when nothing is billed today: a free trial), the mandate kept for autopay, the order
 * marked paid. Returns the order's lines as read here too, for the caller's notice of the order.
 */
export async function fulfilOrder(
  tx: Tx,
  input: {
    order: Order;
    /** The checkout's payment; null for an order a merchant starts on invoice (`open`). */
    payment: Payment | null;
    mandateRef: string | null;
    now: Date;
    /** The first invoice's terms when it is collected later (see createOrderInvoice). */
    open?: (subscriptions: Map<number, Subscription>) => Promise<{ dueAt: Date } & DunningCursor>;
  },
): Promise<{ orderId: string; invoiceId: string | null; subscriptions: Subscription[]; lines: { line: OrderLine; plan: Plan | null }[] }> {
  const { order, payment, now } = input;
  const settings = await getShopSettings(tx);
  const [customer] = await customerStatement(tx, { id: order.customerId });
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
    open: input.open ? openTerms(await input.open(subscriptionsByPosition)) : undefined,
  });

  const subscriptions = [...subscriptionsByPosition.values()];
  // Started on invoice: the order stays unpaid; the invoice is what is owed now. Its subscriptions
  // run already (access on order), so paying that invoice, however the money comes (applyPayment
  // → startInvoicedOrder), marks the order paid as a checkout's pay-by-invoice order is.
  if (!payment) {
    await tx.update(orders).set({ invoiceAccess: 'order' }).where(eq(orders.id, order.id));
    return { orderId: order.id, invoiceId, subscriptions, lines };
  }
  if (invoiceId) await tx.update(payments).set({ invoiceId }).where(eq(payments.id, payment.id));
  await tx.update(orders).set({ status: 'paid', paidAt: now }).where(eq(orders.id, order.id));
  // The newest mandate becomes the one autopay charges.
  if (input.mandateRef) await saveMandate(tx, { customerId: order.customerId, payment, mandateRef: input.mandateRef });
  return { orderId: order.id, invoiceId, subscriptions, lines };
}

/** An open first invoice is dunned from the cursor its caller gave (createOrderInvoice). */
function openTerms({ dueAt, ...cursor }: { dueAt: Date } & DunningCursor): OpenOrderInvoice {
  return { dueAt, cursor };
}
