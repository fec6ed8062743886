import { and, asc, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, orderLines, orders, payments } from '@/db/schema';

/** One order of one customer (scoped: another customer's id finds nothing). */
export async function getCustomerOrder(customerId: string, orderId: string) {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.customerId, customerId)))
    .limit(1);
  if (!order) return null;
  const [lines, [invoice], [lastPayment]] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position)),
    db.select().from(invoices).where(eq(invoices.orderId, order.id)).limit(1),
    db.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt)).limit(1),
  ]);
  return { order, lines, invoice: invoice ?? null, lastPayment: lastPayment ?? null };
}
