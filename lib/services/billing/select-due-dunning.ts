import { and, asc, eq, inArray, isNotNull, lte, notInArray, sql, type Param, type Placeholder, type SQL } from 'drizzle-orm';
import { valueFor } from '@/db/built-once';
import { db, type DbOrTx, type Tx } from '@/db/client';
import {
  customers,
  invoiceLines,
  invoices,
  plans,
  subscriptions,
  type Customer,
  type Invoice,
  type Plan,
  type Subscription,
} from '@/db/schema';
import { builtOncePerScope, clockCondition, type ClockScope } from './clock-scope';

export type DueDunning = { invoice: Invoice; subscription: Subscription; plan: Plan; customer: Customer };

/**
 * The subscription an invoice is dunned for: its own (a term's, a proration's, an order's one
 * subscription), else that of its first line naming one (an order's invoice for several
 * subscriptions: leadSubscriptionOf chose the same one when it set the cursor).
 */
export const dunnedSubscriptionId = sql`coalesce(${invoices.subscriptionId}, (
  select il.subscription_id from ${invoiceLines} il
  where il.invoice_id = ${invoices.id} and il.subscription_id is not null
  order by il.position limit 1
))`;

/**
 * NOTE: the common form (nothing excluded, no ids given) built once (db/built-once.ts), for real
 * time and for a test clock (its id a value): asked on every engine date of the demo history.
 */
const dunningStatement = builtOncePerScope<DueDunning>((scope) => dueDunning(db, valueFor(invoices.nextDunningAt, 'now'), scope, sql.placeholder('limit')));

/**
 * Locks unpaid invoices whose next dunning step is due (SKIP LOCKED, like the renewals), each with
 * the subscription it is dunned for (dunnedSubscriptionId).
 */
export async function selectDueDunning(
  tx: Tx,
  input: { now: Date; scope: ClockScope; limit: number; exclude?: string[]; invoiceIds?: string[]; subscriptionIds?: string[] },
): Promise<DueDunning[]> {
  if (!input.exclude?.length && !input.invoiceIds && !input.subscriptionIds) {
    return dunningStatement(tx, input.scope, { now: input.now, limit: input.limit });
  }
  return dueDunning(tx, input.now, clockCondition(input.scope), input.limit, [
    input.exclude?.length ? notInArray(subscriptions.id, input.exclude) : undefined,
    input.invoiceIds ? inArray(invoices.id, input.invoiceIds) : undefined,
    input.subscriptionIds ? inArray(subscriptions.id, input.subscriptionIds) : undefined,
  ]);
}

/** The due invoices' select on `on`, its values written in place or placeholders (dunningStatement). */
function dueDunning(on: DbOrTx, now: Date | Param, scope: SQL, limit: number | Placeholder, narrowed: (SQL | undefined)[] = []) {
  return on
    .select({ invoice: invoices, subscription: subscriptions, plan: plans, customer: customers })
    .from(invoices)
    .innerJoin(subscriptions, sql`${subscriptions.id} = ${dunnedSubscriptionId}`)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(and(eq(invoices.status, 'open'), isNotNull(invoices.nextDunningAt), lte(invoices.nextDunningAt, now), scope, ...narrowed))
    .orderBy(asc(invoices.nextDunningAt))
    .limit(limit)
    .for('update', { of: [invoices, subscriptions], skipLocked: true });
}
