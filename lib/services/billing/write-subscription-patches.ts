import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
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

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Writes many subscriptions' engine columns in one statement (a bill run touches thousands per
 * batch; one UPDATE per row would be the whole cost of the run). Clears the last error: the step
 * that produced these patches succeeded.
 */
export async function writeSubscriptionPatches(tx: Tx, patches: SubscriptionPatch[]): Promise<void> {
  if (patches.length === 0) return;
  // NOTE: the rows travel as one JSON parameter (json_to_recordset): one statement, any batch
  // size, and no driver-specific array encoding.
  const rows = patches.map((p) => ({
    id: p.id,
    plan_id: p.planId,
    unit_price_minor: p.unitPriceMinor,
    status: p.status,
    current_term: p.currentTerm,
    current_period_start: iso(p.currentPeriodStart),
    current_period_end: iso(p.currentPeriodEnd),
    coupon_uses: p.couponUses,
    ended_at: iso(p.endedAt),
    canceled_at: iso(p.canceledAt),
    suspended_at: iso(p.suspendedAt),
    next_action: p.nextAction,
    next_action_term: p.nextActionTerm,
    next_action_at: iso(p.nextActionAt),
  }));
  await tx.execute(sql`
    update subscriptions as s set
      plan_id = v.plan_id,
      unit_price_minor = v.unit_price_minor,
      status = v.status::subscription_status,
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
    from json_to_recordset(${JSON.stringify(rows)}::json) as v(
      id uuid, plan_id uuid, unit_price_minor bigint, status text, current_term int, current_period_start timestamptz,
      current_period_end timestamptz, coupon_uses int, ended_at timestamptz, canceled_at timestamptz,
      suspended_at timestamptz, next_action text, next_action_term int, next_action_at timestamptz)
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
