import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, domainEvents, plans, products, subscriptions, testClocks, type DomainEventRow, type Subscription } from '@/db/schema';

/** A subscription the billing engine could not move on; dates as ISO strings. */
export type SubscriptionBillingError = {
  kind: 'subscription';
  subscriptionId: string;
  customerId: string;
  customerName: string;
  productName: string;
  planName: string;
  status: Subscription['status'];
  error: string;
  /** When the engine last failed on it (the clock's time for a simulated customer). */
  at: string | null;
  /** Set when the customer is simulated on a test clock: the error is from a simulation. */
  testClockId: string | null;
  testClockName: string | null;
};

/** A domain event whose delivery failed and is being retried (e.g. an e-mail that could not be sent). */
export type EventDeliveryError = {
  kind: 'event';
  eventId: string;
  eventName: string;
  subjectType: DomainEventRow['subjectType'];
  subjectId: string | null;
  attempts: number;
  error: string;
  /** When the last delivery attempt failed. */
  at: string | null;
  nextAttemptAt: string;
};

export type BillingErrorRow = SubscriptionBillingError | EventDeliveryError;

/**
 * What the billing engine could not do, most recent failure first, at most `limit` rows:
 * subscriptions whose last engine run failed (the engine clears the error on its next success),
 * and domain events not yet delivered after a failed attempt (they drop off once delivered).
 */
export async function listBillingErrors(options: { limit?: number } = {}): Promise<BillingErrorRow[]> {
  const limit = options.limit ?? 50;
  const [failedSubscriptions, failedEvents] = await Promise.all([listSubscriptionErrors(limit), listEventDeliveryErrors(limit)]);
  // NOTE: a stable sort: rows with the same time keep each list's own order; undated ones last.
  const time = (row: BillingErrorRow) => (row.at ? Date.parse(row.at) : -Infinity);
  return [...failedSubscriptions, ...failedEvents].sort((a, b) => time(b) - time(a)).slice(0, limit);
}

async function listSubscriptionErrors(limit: number): Promise<SubscriptionBillingError[]> {
  const rows = await db
    .select({
      subscriptionId: subscriptions.id,
      customerId: customers.id,
      customerName: customers.name,
      productName: products.name,
      planName: plans.name,
      status: subscriptions.status,
      error: subscriptions.lastError,
      at: subscriptions.lastErrorAt,
      testClockId: testClocks.id,
      testClockName: testClocks.name,
    })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .innerJoin(products, eq(products.id, plans.productId))
    .leftJoin(testClocks, eq(testClocks.id, customers.testClockId))
    .where(isNotNull(subscriptions.lastError))
    .orderBy(sql`${subscriptions.lastErrorAt} desc nulls last`, desc(subscriptions.id))
    .limit(limit);
  return rows.map((row) => ({ kind: 'subscription', ...row, error: row.error ?? '', at: row.at?.toISOString() ?? null }));
}

async function listEventDeliveryErrors(limit: number): Promise<EventDeliveryError[]> {
  const rows = await db
    .select()
    .from(domainEvents)
    .where(and(isNull(domainEvents.deliveredAt), isNotNull(domainEvents.lastError)))
    .orderBy(sql`${domainEvents.lastAttemptAt} desc nulls last`, desc(domainEvents.id))
    .limit(limit);
  return rows.map((row) => ({
    kind: 'event',
    eventId: row.id,
    eventName: row.name,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    attempts: row.attempts,
    error: row.lastError ?? '',
    at: row.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
  }));
}
