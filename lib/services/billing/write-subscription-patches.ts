import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { jsonRowsSource } from '@/db/bulk-insert';
import type { Subscription } from '@/db/schema';

/** The engine-owned columns of a subscription, as one step leaves them. */
export type SubscriptionPatch = Pick<
  Subscription,
  | 'id'
  | 'planId'
  | 'unitPriceMinor'
  | 'status'
  | 'currentTerm'
  | 'currentPeriodStart'
  | 'currentPeriodEnd'
  | 'couponUses'
  | 'endedAt'
  | 'canceledAt'
  | 'suspendedAt'
  | 'nextAction'
  | 'nextActionTerm'
  | 'nextActionAt'
>;

/**
 * Writes many subscriptions' engine columns in one statement (a bill run touches thousands per
 * batch; one UPDATE per row would be the whole cost of the run). Clears the last error: the step
 * that produced these patches succeeded.
 */
export async function writeSubscriptionPatches(tx: Tx, patches: SubscriptionPatch[]): Promise<void> {
  if (patches.length === 0) return;
  // NOTE: the rows travel as one JSON parameter (jsonRowsSource): one statement, any batch size.
  const rows = jsonRowsSource(
    [
      { name: 'id', type: 'uuid', value: (p: SubscriptionPatch) => p.id },
      { name: 'plan_id', type: 'uuid', value: (p) => p.planId },
      { name: 'unit_price_minor', type: 'bigint', value: (p) => p.unitPriceMinor },
      { name: 'status', type: 'subscription_status', value: (p) => p.status },
      { name: 'current_term', type: 'int', value: (p) => p.currentTerm },
      { name: 'current_period_start', type: 'timestamptz', value: (p) => p.currentPeriodStart },
      { name: 'current_period_end', type: 'timestamptz', value: (p) => p.currentPeriodEnd },
      { name: 'coupon_uses', type: 'int', value: (p) => p.couponUses },
      { name: 'ended_at', type: 'timestamptz', value: (p) => p.endedAt },
      { name: 'canceled_at', type: 'timestamptz', value: (p) => p.canceledAt },
      { name: 'suspended_at', type: 'timestamptz', value: (p) => p.suspendedAt },
      { name: 'next_action', type: 'text', value: (p) => p.nextAction },
      { name: 'next_action_term', type: 'int', value: (p) => p.nextActionTerm },
      { name: 'next_action_at', type: 'timestamptz', value: (p) => p.nextActionAt },
    ],
    patches,
  );
  await tx.execute(sql`
    update subscriptions as s set
      plan_id = v.plan_id,
      unit_price_minor = v.unit_price_minor,
      status = v.status,
      current_term = v.current_term,
      current_period_start = v.current_period_start,
      current_period_end = v.current_period_end,
      coupon_uses = v.coupon_uses,
      ended_at = v.ended_at,
      canceled_at = v.canceled_at,
      suspended_at = v.suspended_at,
      next_action = v.next_action,
      next_action_term = v.next_action_term,
      next_action_at = v.next_action_at,
      last_error = null,
      last_error_at = null
    from (${rows}) as v
    where s.id = v.id`);
}

export function patchOf(subscription: SubscriptionPatch): SubscriptionPatch {
  return {
    id: subscription.id,
    planId: subscription.planId,
    unitPriceMinor: subscription.unitPriceMinor,
    status: subscription.status,
    currentTerm: subscription.currentTerm,
    currentPeriodStart: subscription.currentPeriodStart,
    currentPeriodEnd: subscription.currentPeriodEnd,
    couponUses: subscription.couponUses,
    endedAt: subscription.endedAt,
    canceledAt: subscription.canceledAt,
    suspendedAt: subscription.suspendedAt,
    nextAction: subscription.nextAction,
    nextActionTerm: subscription.nextActionTerm,
    nextActionAt: subscription.nextActionAt,
  };
}
