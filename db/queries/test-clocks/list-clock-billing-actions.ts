import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { billingActions, customers, subscriptions } from '@/db/schema';

/** One entry of the engine's log for a simulated subscription; dates as ISO strings. */
export type ClockBillingActionRow = {
  id: string;
  subscriptionId: string;
  customerName: string;
  term: number;
  /** announce | invoice | issue | dunning:<position> | end */
  action: string;
  /** The simulated date it was due (and applied at, on a test clock). */
  dueAt: string;
};

/** The engine's log for one clock's subscriptions, newest due date first. */
export async function listClockBillingActions(clockId: string): Promise<ClockBillingActionRow[]> {
  const rows = await db
    .select({
      subscriptionId: billingActions.subscriptionId,
      customerName: customers.name,
      term: billingActions.term,
      action: billingActions.action,
      dueAt: billingActions.dueAt,
    })
    .from(billingActions)
    .innerJoin(subscriptions, eq(subscriptions.id, billingActions.subscriptionId))
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .where(eq(customers.testClockId, clockId))
    .orderBy(desc(billingActions.dueAt), desc(billingActions.appliedAt), desc(billingActions.term), desc(billingActions.action));
  // The log's own key, as a stable id for the table's rows.
  return rows.map((row) => ({ ...row, id: `${row.subscriptionId}:${row.term}:${row.action}`, dueAt: row.dueAt.toISOString() }));
}
