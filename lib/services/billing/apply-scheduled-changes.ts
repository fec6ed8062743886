import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { subscriptions } from '@/db/schema';

/** A change scheduled for `term` that the engine applied at that term's start. */
export type AppliedScheduledChange = { subscriptionId: string; term: number; quantity: number; anchorAt: Date };

/**
 * The columns of a scheduled change the bill run's patch does not carry: the quantity, the anchor
 * (the new interval counts from the change's term), the schedule cleared, and a running campaign
 * ended (the new plan is billed at its list price). Run after writeSubscriptionPatches, which
 * wrote the plan and price. Rare (one row per change), so one small update each.
 *
 * NOTE: only while the change is still the one scheduled for that term: a replayed step finds
 * it cleared and changes nothing.
 */
export async function applyScheduledChanges(tx: Tx, changes: readonly AppliedScheduledChange[]): Promise<void> {
  for (const change of changes) {
    await tx
      .update(subscriptions)
      .set({
        quantity: change.quantity,
        anchorAt: change.anchorAt,
        anchorTerm: change.term,
        scheduledPlanId: null,
        scheduledQuantity: null,
        scheduledTerm: null,
        offerPriceMinor: null,
        offerTerms: null,
        nextPlanId: null,
      })
      .where(and(eq(subscriptions.id, change.subscriptionId), eq(subscriptions.scheduledTerm, change.term)));
  }
}
