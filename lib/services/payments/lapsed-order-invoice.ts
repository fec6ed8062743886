import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { orders, type Invoice } from '@/db/schema';

/**
 * Whether a void invoice is that of an order cancelled because its money never came (lapseOrder):
 * a payment that still arrives for it is kept as the customer's balance, not refused. Any other
 * void invoice (voided by staff) refuses money as before.
 */
export async function isLapsedOrderInvoice(db: DbOrTx, invoice: Pick<Invoice, 'status' | 'orderId'>): Promise<boolean> {
  if (invoice.status !== 'void' || !invoice.orderId) return false;
  const [order] = await db.select({ status: orders.status, invoiceAccess: orders.invoiceAccess }).from(orders).where(eq(orders.id, invoice.orderId));
  return order?.status === 'canceled' && order.invoiceAccess === 'payment';
}
