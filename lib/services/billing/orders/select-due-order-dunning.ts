import { and, asc, eq, inArray, isNotNull, isNull, lte, notInArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers, invoices, orders, type Customer, type Invoice, type Order } from '@/db/schema';
import { clockCondition, type ClockScope } from '../clock-scope';

export type DueOrderDunning = { invoice: Invoice; order: Order; customer: Customer };

/**
 * Locks the first invoices of orders still waiting for their money (access on payment) whose next
 * reminder or lapse is due, with their order (SKIP LOCKED, like selectDueDunning). Such an invoice
 * names no subscription: none exists until the payment, which is why selectDueDunning never
 * sees it. Once paid, the order is `paid` and the invoice's cursor is cleared: it is not here.
 */
export async function selectDueOrderDunning(
  tx: Tx,
  input: { now: Date; scope: ClockScope; limit: number; exclude?: string[]; invoiceIds?: string[] },
): Promise<DueOrderDunning[]> {
  return tx
    .select({ invoice: invoices, order: orders, customer: customers })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(
      and(
        eq(invoices.status, 'open'),
        isNotNull(invoices.nextDunningAt),
        lte(invoices.nextDunningAt, input.now),
        isNull(invoices.subscriptionId),
        eq(orders.status, 'pending_payment'),
        eq(orders.invoiceAccess, 'payment'),
        clockCondition(input.scope),
        input.exclude?.length ? notInArray(invoices.id, input.exclude) : undefined,
        input.invoiceIds ? inArray(invoices.id, input.invoiceIds) : undefined,
      ),
    )
    .orderBy(asc(invoices.nextDunningAt))
    .limit(input.limit)
    .for('update', { of: [invoices, orders], skipLocked: true });
}
