import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, type Order } from '@/db/schema';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { err, ok, type Result } from '@/lib/billing/result';

/**
 * One of the customer's own orders, locked for the rest of the transaction, so two starts of its
 * payment (a double submit, the back button) take turns; another customer's order is not found.
 */
export async function lockCustomerOrder(tx: Tx, input: { orderId: string; customerId: string }): Promise<Result<Order, DomainErrorShape>> {
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, input.orderId), eq(orders.customerId, input.customerId)))
    .for('update')
    .limit(1);
  return order ? ok(order) : err(domainError('order_not_found', 'We could not find that order on your account.'));
}
