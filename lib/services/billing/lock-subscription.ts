import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { plans, subscriptions, type Plan, type Subscription } from '@/db/schema';

/** A subscription and its plan, the subscription row locked FOR UPDATE; null when there is none. */
export async function lockSubscriptionWithPlan(tx: Tx, subscriptionId: string): Promise<{ sub: Subscription; plan: Plan } | null> {
  const [row] = await tx
    .select({ sub: subscriptions, plan: plans })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .where(eq(subscriptions.id, subscriptionId))
    .for('update', { of: subscriptions });
  return row ?? null;
}
