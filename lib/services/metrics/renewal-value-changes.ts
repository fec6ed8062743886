import type { DueRenewal } from '@/lib/services/billing/select-due-renewals';
import type { SubscriptionPatch } from '@/lib/services/billing/write-subscription-patches';
import type { MrrChange } from './record-mrr-movement';

/**
 * The subscriptions of a renewal batch whose recurring value may have changed: their status
 * (a trial over, an end), plan or price moved, a campaign's offer terms are over, or a repeating
 * coupon was used again (it may have run out). An ordinary renewal changes none of these and costs nothing
 * here: no read, no movement.
 */
export function renewalValueChanges(due: readonly DueRenewal[], patches: readonly SubscriptionPatch[], now: Date): MrrChange[] {
  const changes: MrrChange[] = [];
  patches.forEach((patch, i) => {
    const before = due[i]!.subscription;
    const couponRanOut = due[i]!.coupon?.duration === 'repeating' && patch.couponUses !== before.couponUses;
    const offerEnded = before.offerTerms !== null && before.currentTerm < before.offerTerms && patch.currentTerm >= before.offerTerms;
    const same = patch.status === before.status && patch.planId === before.planId && patch.unitPriceMinor === before.unitPriceMinor;
    if (same && !couponRanOut && !offerEnded) {
      return;
    }
    // Dated when it happened: the end, or the start of the term that brought the change (a trial's
    // end, an offer's end); a coupon running out when the invoice that used it last was made.
    const termMoved = patch.currentPeriodStart.getTime() !== before.currentPeriodStart.getTime();
    // A pause that began: when it began (its resume moves the term, like a renewal).
    const pausedAt = patch.status === 'paused' && before.status !== 'paused' ? patch.pausedAt : null;
    const at = patch.status === 'ended' && patch.endedAt ? patch.endedAt : pausedAt ? pausedAt : termMoved ? patch.currentPeriodStart : now;
    changes.push({ subscriptionId: patch.id, at });
  });
  return changes;
}
