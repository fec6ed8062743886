import { eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { plans, subscriptions, type Plan, type Subscription } from '@/db/schema';

const ID = 'id';
/** Built once: every payment of a subscription's invoice locks it, thousands in the demo history (db/built-once.ts). */
const lockStatement = builtOnceQuery<{ sub: Subscription; plan: Plan }>(() =>
  db
    .select({ sub: subscriptions, plan: plans })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .where(eq(subscriptions.id, valueFor(subscriptions.id, ID)))
    .for('update', { of: subscriptions }),
);

/** A subscription and its plan, the subscription row locked FOR UPDATE; null when there is none. */
export async function lockSubscriptionWithPlan(tx: Tx, subscriptionId: string): Promise<{ sub: Subscription; plan: Plan } | null> {
  const [row] = await lockStatement(tx, { [ID]: subscriptionId });
  return row ?? null;
}
