import { and, eq, gt, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers, invoices, plans, subscriptions, testClocks, type Customer, type Plan, type ShopSettings, type Subscription } from '@/db/schema';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';

export type OwnSubscription = {
  sub: Subscription;
  plan: Plan;
  customer: Customer;
  settings: ShopSettings;
  /** The shop's time zone, or the test clock's for a simulated customer. */
  timeZone: string;
  /** A term after the running one is invoiced already (and not voided). */
  nextTermInvoiced: boolean;
};

/**
 * One of the customer's own subscriptions, its row locked FOR UPDATE, with what a customer's change
 * to it needs. Null when it does not exist or belongs to another customer: the two look the same.
 * The lock makes two quick submissions of the same change run one after the other.
 */
export async function lockOwnSubscription(tx: Tx, customerId: string, subscriptionId: string): Promise<OwnSubscription | null> {
  // NOTE: the row alone is locked first, then read with its plan: locked in the joined read, a
  // row whose plan a concurrent change replaced would be re-checked against the old plan's row
  // after the wait, fail the join and look like another customer's.
  const [locked] = await tx
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.id, subscriptionId), eq(subscriptions.customerId, customerId)))
    .for('update');
  if (!locked) return null;
  const [row] = await tx
    .select({ sub: subscriptions, plan: plans, customer: customers })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(and(eq(subscriptions.id, subscriptionId), eq(subscriptions.customerId, customerId)));
  if (!row) return null;
  const settings = await getShopSettings(tx);
  const [clock] = row.customer.testClockId
    ? await tx.select({ timeZone: testClocks.timeZone }).from(testClocks).where(eq(testClocks.id, row.customer.testClockId))
    : [];
  const ahead = await tx
    .select({ id: invoices.id })
    .from(invoices)
    .where(and(eq(invoices.subscriptionId, row.sub.id), gt(invoices.term, row.sub.currentTerm), ne(invoices.status, 'void')))
    .limit(1);
  return { ...row, settings, timeZone: clock?.timeZone ?? settings.timeZone, nextTermInvoiced: ahead.length > 0 };
}
