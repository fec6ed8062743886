import { and, eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { orders, type Order } from '@/db/schema';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { err, ok, type Result } from '@/lib/billing/result';

/** Built once (db/built-once.ts): each checkout locks its order, hundreds of times in the demo history. */
const lockStatement = builtOnceQuery<Order>(() =>
  db
    .select()
    .from(orders)
    .where(and(eq(orders.id, valueFor(orders.id, 'orderId')), eq(orders.customerId, valueFor(orders.customerId, 'customerId'))))
    .for('update')
    .limit(1),
);

/**
 * One of the customer's own orders, locked for the rest of the transaction, so two starts of its
 * payment (a double submit, the back button) take turns; another customer's order is not found.
 */
export async function lockCustomerOrder(tx: Tx, input: { orderId: string; customerId: string }): Promise<Result<Order, DomainErrorShape>> {
  const [order] = await lockStatement(tx, input);
  return order ? ok(order) : err(domainError('order_not_found', 'We could not find that order on your account.'));
}
