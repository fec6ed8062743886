import { desc, eq, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, plans, products, subscriptions, testClocks, type Subscription } from '@/db/schema';

/** A subscription the billing engine could not move on; dates as ISO strings. */
export type BillingErrorRow = {
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

/**
 * Subscriptions whose last engine run failed (the engine clears the error on its next success),
 * most recent failure first, at most `limit` of them.
 */
export async function listBillingErrors(options: { limit?: number } = {}): Promise<BillingErrorRow[]> {
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
    .limit(options.limit ?? 50);
  return rows.map((row) => ({ ...row, error: row.error ?? '', at: row.at?.toISOString() ?? null }));
}
