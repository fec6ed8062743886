import { and, eq, exists, isNotNull, isNull, lte, min, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices, orders, payments, subscriptions } from '@/db/schema';
import { clockCondition, type ClockScope } from './clock-scope';

/** A subscription whose next engine step (renewal, announcement, stop…) is due by `at`. */
const renewalDueBy = (at: Date) => and(isNotNull(subscriptions.nextActionAt), lte(subscriptions.nextActionAt, at));
/** An open invoice whose next dunning step is due by `at`. */
const dunningDueBy = (at: Date) => and(eq(invoices.status, 'open'), isNotNull(invoices.nextDunningAt), lte(invoices.nextDunningAt, at));
/** An autopay charge prepared and not yet sent to the provider (its `chargeAt` says when). */
const autopayWaiting = and(eq(payments.status, 'pending'), eq(payments.source, 'autopay'), isNull(payments.providerPaymentId));

/**
 * The earliest engine date due in a scope at or before `until` (a renewal step, a dunning step,
 * an autopay retry waiting out its backoff), never earlier than `after`; null when nothing is due.
 * A driver that moves time forward (a test clock, the demo shop's history) runs the engine at
 * each such date in order, so a simulated year writes the rows a real year would.
 */
export async function nextDueInScope(scope: ClockScope, after: Date, until: Date): Promise<Date | null> {
  const renewal = db
    .select({ at: min(subscriptions.nextActionAt) })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(and(clockCondition(scope), renewalDueBy(until)));
  const dunning = db
    .select({ at: min(invoices.nextDunningAt) })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(and(clockCondition(scope), dunningDueBy(until)));
  const charge = db
    .select({ at: min(payments.chargeAt) })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(and(clockCondition(scope), autopayWaiting, lte(payments.chargeAt, until)));
  // NOTE: one statement for the three: a driver replaying two years asks this before every
  // sweep, and on the embedded database each round trip costs more than the lookups themselves.
  const rows = await db.execute<{ at: string | Date | null }>(
    sql`select extract(epoch from least((${renewal}), (${dunning}), (${charge}))) * 1000 as at`,
  );
  const at = rows[0]?.at;
  if (at === null || at === undefined) return null;
  const earliest = new Date(Number(at));
  return earliest < after ? after : earliest;
}

/** Which of the engine's sweeps have anything due at `now` in a scope (dueKindsInScope). */
export type DueKinds = { renewal: boolean; charge: boolean; dunning: boolean; orderDunning: boolean };

/**
 * Whether anything is due at `now` for each of tick's sweeps, in one statement without locks: a
 * driver that ticks hundreds of dates in a row asks this instead of opening a transaction per
 * sweep that would find nothing. Each answer covers at least the rows its sweep would select
 * (the same conditions, without the sweep's exclusions and joins), so a `false` means that sweep
 * would have found nothing; a `true` may still find nothing (locked, excluded).
 */
export async function dueKindsInScope(scope: ClockScope, now: Date): Promise<DueKinds> {
  const renewal = db
    .select({ one: sql`1` })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(and(clockCondition(scope), renewalDueBy(now)));
  const charge = db
    .select({ one: sql`1` })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(and(clockCondition(scope), autopayWaiting, or(isNull(payments.chargeAt), lte(payments.chargeAt, now))));
  // Subscriptions' invoices and orders' first invoices alike: each sweep narrows it further.
  const dunning = db
    .select({ one: sql`1` })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(and(clockCondition(scope), dunningDueBy(now)));
  const orderDunning = db
    .select({ one: sql`1` })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(
      and(
        clockCondition(scope),
        dunningDueBy(now),
        isNull(invoices.subscriptionId),
        eq(orders.status, 'pending_payment'),
        eq(orders.invoiceAccess, 'payment'),
      ),
    );
  const [row] = await db.execute<DueKinds>(
    sql`select ${exists(renewal)} as renewal, ${exists(charge)} as charge, ${exists(dunning)} as dunning, ${exists(orderDunning)} as "orderDunning"`,
  );
  return { renewal: Boolean(row?.renewal), charge: Boolean(row?.charge), dunning: Boolean(row?.dunning), orderDunning: Boolean(row?.orderDunning) };
}
