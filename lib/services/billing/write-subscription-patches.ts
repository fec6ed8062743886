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
  // A pause's columns: written by its start and its end (lib/billing/subscription-pause.ts).
  | 'anchorAt'
  | 'anchorTerm'
  | 'commitmentEndsAt'
  | 'pausedAt'
  | 'pauseAtPeriodEnd'
  | 'pauseTerms'
  | 'pauseResumesAt'
  | 'resumedAt'
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
      { name: 'anchor_at', type: 'timestamptz', value: (p) => p.anchorAt },
      { name: 'anchor_term', type: 'int', value: (p) => p.anchorTerm },
      { name: 'commitment_ends_at', type: 'timestamptz', value: (p) => p.commitmentEndsAt },
      { name: 'paused_at', type: 'timestamptz', value: (p) => p.pausedAt },
      { name: 'pause_at_period_end', type: 'boolean', value: (p) => p.pauseAtPeriodEnd },
      { name: 'pause_terms', type: 'int', value: (p) => p.pauseTerms },
      { name: 'pause_resumes_at', type: 'timestamptz', value: (p) => p.pauseResumesAt },
      { name: 'resumed_at', type: 'timestamptz', value: (p) => p.resumedAt },
    ],
    patches,
  );
  // NOTE: the ids also as `= any(array(...))`, found in the primary key, not by reading every
  // subscription (as writeIssues updates invoices).
  await tx.execute(sql`
    with v as (${rows})
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
      anchor_at = v.anchor_at,
      anchor_term = v.anchor_term,
      commitment_ends_at = v.commitment_ends_at,
      paused_at = v.paused_at,
      pause_at_period_end = v.pause_at_period_end,
      pause_terms = v.pause_terms,
      pause_resumes_at = v.pause_resumes_at,
      resumed_at = v.resumed_at,
      last_error = null,
      last_error_at = null
    from v
    where s.id = v.id and s.id = any(array(select v.id from v))`);
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
    anchorAt: subscription.anchorAt,
    anchorTerm: subscription.anchorTerm,
    commitmentEndsAt: subscription.commitmentEndsAt,
    pausedAt: subscription.pausedAt,
    pauseAtPeriodEnd: subscription.pauseAtPeriodEnd,
    pauseTerms: subscription.pauseTerms,
    pauseResumesAt: subscription.pauseResumesAt,
    resumedAt: subscription.resumedAt,
  };
}
