import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { subscriptions, type Plan } from '@/db/schema';
import { MRR_STATUSES } from '@/lib/billing/metrics/subscription-mrr';
import { recordMrrMovements } from './record-mrr-movement';

/**
 * A merchant edited a plan: when its VAT rate or interval changed, the MRR of every counting
 * subscription on it changed too (prices are per term, VAT included), and each gets its movement.
 * Any other edit changes no subscription's value and costs nothing.
 */
export async function recordPlanValueChange(
  tx: Tx,
  before: Pick<Plan, 'id' | 'taxRateBp' | 'intervalUnit' | 'intervalCount'>,
  after: Pick<Plan, 'taxRateBp' | 'intervalUnit' | 'intervalCount'>,
  at: Date,
): Promise<number> {
  const same = before.taxRateBp === after.taxRateBp && before.intervalUnit === after.intervalUnit && before.intervalCount === after.intervalCount;
  if (same) return 0;
  const counting = await tx
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.planId, before.id), inArray(subscriptions.status, [...MRR_STATUSES])));
  return recordMrrMovements(tx, counting.map((s) => ({ subscriptionId: s.id, at })));
}
