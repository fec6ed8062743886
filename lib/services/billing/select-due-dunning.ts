import { and, asc, eq, inArray, isNotNull, lte, notInArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  customers,
  invoices,
  plans,
  subscriptions,
  type Customer,
  type Invoice,
  type Plan,
  type Subscription,
} from '@/db/schema';
import { clockCondition, type ClockScope } from './clock-scope';

export type DueDunning = { invoice: Invoice; subscription: Subscription; plan: Plan; customer: Customer };

/** Locks unpaid invoices whose next dunning step is due (SKIP LOCKED, like the renewals). */
export async function selectDueDunning(
  tx: Tx,
  input: { now: Date; scope: ClockScope; limit: number; exclude?: string[]; invoiceIds?: string[]; subscriptionIds?: string[] },
): Promise<DueDunning[]> {
  return tx
    .select({ invoice: invoices, subscription: subscriptions, plan: plans, customer: customers })
    .from(invoices)
    .innerJoin(subscriptions, eq(invoices.subscriptionId, subscriptions.id))
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(
      and(
        eq(invoices.status, 'open'),
        isNotNull(invoices.nextDunningAt),
        lte(invoices.nextDunningAt, input.now),
        clockCondition(input.scope),
        input.exclude?.length ? notInArray(subscriptions.id, input.exclude) : undefined,
        input.invoiceIds ? inArray(invoices.id, input.invoiceIds) : undefined,
        input.subscriptionIds ? inArray(subscriptions.id, input.subscriptionIds) : undefined,
      ),
    )
    .orderBy(asc(invoices.nextDunningAt))
    .limit(input.limit)
    .for('update', { of: [invoices, subscriptions], skipLocked: true });
}
