import { and, eq, isNotNull, isNull, lte, min, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices, payments, subscriptions } from '@/db/schema';
import { clockCondition, type ClockScope } from './clock-scope';

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
    .where(and(clockCondition(scope), isNotNull(subscriptions.nextActionAt), lte(subscriptions.nextActionAt, until)));
  const dunning = db
    .select({ at: min(invoices.nextDunningAt) })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(and(clockCondition(scope), eq(invoices.status, 'open'), isNotNull(invoices.nextDunningAt), lte(invoices.nextDunningAt, until)));
  const charge = db
    .select({ at: min(payments.chargeAt) })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(
      and(
        clockCondition(scope),
        eq(payments.status, 'pending'),
        eq(payments.source, 'autopay'),
        isNull(payments.providerPaymentId),
        lte(payments.chargeAt, until),
      ),
    );
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
