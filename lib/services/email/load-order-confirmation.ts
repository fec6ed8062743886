import { asc, eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { customers, orderLines, orders, type Customer, type Order, type OrderLine } from '@/db/schema';
import type { OrderConfirmationLine, OrderConfirmationProps } from '@/emails/order-confirmation';
import type { Locale } from '@/lib/i18n/locales';
import type { PricedInvoice, PricedLine } from '@/lib/billing/pricing';
import type { ShopSettings } from '@/db/schema';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import { emailShop } from '@/lib/services/email/email-shop';

export type OrderConfirmationMessage = {
  to: string;
  locale: Locale;
  props: Omit<OrderConfirmationProps, 'locale'>;
};

// NOTE: built once (db/built-once.ts): each order's confirmation and the merchant's notice read
// them, hundreds of times in the demo history.
const orderStatement = builtOnceQuery<{ order: Order; customer: Customer }>(() =>
  appDb
    .select({ order: orders, customer: customers })
    .from(orders)
    .innerJoin(customers, eq(orders.customerId, customers.id))
    .where(eq(orders.id, valueFor(orders.id, 'orderId'))),
);
const linesStatement = builtOnceQuery<OrderLine>(() =>
  appDb
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, valueFor(orderLines.orderId, 'orderId')))
    .orderBy(asc(orderLines.position)),
);

/** What the order confirmation of one order says, and to whom, read from the database. */
export async function loadOrderConfirmation(db: DbOrTx, orderId: string): Promise<OrderConfirmationMessage> {
  const [row] = await orderStatement(db, { orderId });
  if (!row) throw new Error(`Order ${orderId} does not exist`);
  const { order, customer } = row;
  const lines = await linesStatement(db, { orderId });
  return orderConfirmationMessage(order, customer, lines, await getShopSettings(db));
}

/** What the order confirmation says, from the order and its lines the caller has already read. */
export function orderConfirmationMessage(order: Order, customer: Pick<Customer, 'email' | 'locale' | 'name'>, lines: OrderLine[], settings: ShopSettings): OrderConfirmationMessage {
  return {
    to: customer.email,
    locale: customer.locale,
    props: {
      shop: emailShop(settings),
      customerName: customer.name,
      orderReference: orderReference(order.id),
      currency: order.currency,
      lines: confirmationLines(order, lines),
      totalMinor: order.totalMinor,
      taxMinor: order.taxMinor,
      accountUrl: appUrl('/account'),
    },
  };
}

/** Orders have no number of their own yet: the start of the id is what the customer quotes. */
export function orderReference(orderId: string): string {
  return orderId.replace(/-/g, '').slice(0, 8).toUpperCase();
}

/**
 * The lines as charged at checkout (setup fees, discounts), which add up to the order total, each
 * after the order line it came from. A plan on trial is charged nothing today and has no priced
 * line: it is listed at zero so the customer still sees what they subscribed to. Without priced
 * lines (an order from before pricing was stored) the order lines are listed as they are.
 */
function confirmationLines(order: Order, unordered: OrderLine[]): OrderConfirmationLine[] {
  // In position order, as the lines are read for a confirmation.
  const lines = [...unordered].sort((a, b) => a.position - b.position);
  const priced = (order.pricing as Partial<PricedInvoice> | null)?.lines;
  if (!Array.isArray(priced) || priced.length === 0) {
    return lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      amountMinor: line.unitPriceMinor * line.quantity,
    }));
  }
  const charged = (line: PricedLine): OrderConfirmationLine => ({
    description: line.description,
    quantity: line.quantity,
    unitPriceMinor: line.unitAmountMinor,
    amountMinor: line.amountMinor,
  });
  const result: OrderConfirmationLine[] = [];
  const used = new Set<PricedLine>();
  for (const line of lines) {
    const own = priced.filter((p) => p.ref !== null && p.ref === String(line.position));
    own.forEach((p) => used.add(p));
    if (line.kind === 'subscription' && !own.some((p) => p.kind === 'plan')) {
      result.push({ description: line.description, quantity: line.quantity, unitPriceMinor: 0, amountMinor: 0 });
    }
    result.push(...own.map(charged));
  }
  result.push(...priced.filter((p) => !used.has(p)).map(charged));
  return result;
}
