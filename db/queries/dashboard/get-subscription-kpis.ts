import { and, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, plans, subscriptions } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { monthlyRecurringMinor, type RecurringCharge } from './monthly-recurring-minor';

export type SubscriptionKpisByCurrency = {
  currency: string;
  activeCount: number;
  trialingCount: number;
  /** Monthly recurring revenue of the `active` subscriptions, minor units, HALF_UP once. */
  mrrMinor: number;
};

export type SubscriptionKpis = {
  activeCount: number;
  trialingCount: number;
  /** One entry per currency that has an active or trialing subscription, by currency code. */
  byCurrency: SubscriptionKpisByCurrency[];
};

/**
 * Counts of the scope's active and trialing subscriptions and the MRR per currency.
 *
 * NOTE: MRR counts `active` subscriptions only: a trial has not paid yet, and `past_due` or
 * `suspended` ones are at risk, so they are left out like churn. The price is the one agreed on
 * the subscription (`unit_price_minor` × quantity), normalised to a month by the plan's interval.
 * The database sums per (currency, interval), so the rows read stay few however many subscribers.
 */
export async function getSubscriptionKpis(scope: ClockScope): Promise<SubscriptionKpis> {
  const rows = await db
    .select({
      currency: subscriptions.currency,
      intervalUnit: plans.intervalUnit,
      intervalCount: plans.intervalCount,
      activeCount: sql<number>`count(*) filter (where ${subscriptions.status} = 'active')`.mapWith(Number),
      trialingCount: sql<number>`count(*) filter (where ${subscriptions.status} = 'trialing')`.mapWith(Number),
      activeTermMinor: sql<string>`coalesce(sum(${subscriptions.unitPriceMinor} * ${subscriptions.quantity}) filter (where ${subscriptions.status} = 'active'), 0)::text`,
    })
    .from(subscriptions)
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    // Simulated customers (test clocks) are not the business: the dashboard asks for REAL_TIME.
    .where(and(inArray(subscriptions.status, ['active', 'trialing']), clockCondition(scope)))
    .groupBy(subscriptions.currency, plans.intervalUnit, plans.intervalCount);

  const groups = new Map<string, { activeCount: number; trialingCount: number; charges: RecurringCharge[] }>();
  for (const row of rows) {
    const group = groups.get(row.currency) ?? { activeCount: 0, trialingCount: 0, charges: [] };
    group.activeCount += row.activeCount;
    group.trialingCount += row.trialingCount;
    group.charges.push({
      amountMinor: BigInt(row.activeTermMinor),
      intervalUnit: row.intervalUnit,
      intervalCount: row.intervalCount,
    });
    groups.set(row.currency, group);
  }

  const byCurrency = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, group]) => ({
      currency,
      activeCount: group.activeCount,
      trialingCount: group.trialingCount,
      mrrMinor: monthlyRecurringMinor(group.charges),
    }));
  return {
    activeCount: byCurrency.reduce((n, c) => n + c.activeCount, 0),
    trialingCount: byCurrency.reduce((n, c) => n + c.trialingCount, 0),
    byCurrency,
  };
}
