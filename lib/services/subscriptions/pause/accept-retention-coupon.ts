import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { countCouponUse } from '@/lib/services/checkout/redeem-coupon';
import { queueSubscriptionPause } from '@/lib/services/email/queue-subscription-pause';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { recordEvent } from '@/lib/services/events/record-event';
import { recordMrrMovement } from '@/lib/services/metrics/record-mrr-movement';
import { lockForPause } from './lock-for-pause';
import { pauseNotFound, pauseRefusalError, type PauseError } from './pause-errors';
import { offersFor, writeRetentionRow } from './write-retention-row';

/**
 * The customer chose to stop, was offered the shop's retention coupon, and stays with it: the
 * coupon goes on the subscription and discounts its next invoices (as its duration says), the
 * MRR movement is recorded, the answer kept for the merchant, and the customer gets a
 * confirmation. Refused (`no_offer`) when the coupon was not on offer for them.
 */
export async function acceptRetentionCoupon(input: { customerId: string; subscriptionId: string; now: Date }): Promise<Result<{ couponCode: string }, PauseError>> {
  const accepted = await db.transaction(async (tx): Promise<Result<{ couponCode: string }, PauseError>> => {
    const locked = await lockForPause(tx, input.subscriptionId, { kind: 'customer', customerId: input.customerId });
    if (!locked) return err(pauseNotFound());
    const { sub } = locked;
    const running = sub.status === 'active' || sub.status === 'trialing' || sub.status === 'past_due';
    const { offers, coupon } = await offersFor(tx, locked, input.now);
    if (!running || sub.cancelAtPeriodEnd || !coupon || !offers.includes('coupon')) return err(pauseRefusalError({ code: 'no_offer' }));
    // The use counts against the coupon's cap like an order's (a capped offer runs out).
    const counted = await countCouponUse(tx, { couponId: coupon.id, customerId: locked.customer.id });
    if (!counted.ok) return err(pauseRefusalError({ code: 'no_offer' }));
    const rowId = await writeRetentionRow(tx, locked, { outcome: 'coupon', now: input.now });
    await tx.update(subscriptions).set({ couponId: coupon.id, couponUses: 0 }).where(eq(subscriptions.id, sub.id));
    await recordMrrMovement(tx, sub.id, input.now);
    await recordEvent(tx, {
      name: 'subscription/retention.accepted',
      data: { subscriptionId: sub.id, customerId: locked.customer.id, couponId: coupon.id, couponCode: coupon.code },
    });
    await queueSubscriptionPause(tx, {
      subscriptionId: sub.id,
      customerId: locked.customer.id,
      timeZone: locked.timeZone,
      eventId: rowId!,
      change: 'discount',
      coupon,
    });
    return ok({ couponCode: coupon.code });
  });
  if (accepted.ok) await nudgeEventRelay([input.subscriptionId]);
  return accepted;
}

/**
 * The customer stopped anyway (called right after the stop is scheduled): what they were offered
 * beside the stop is kept for the merchant, read as it was before the stop.
 */
export async function recordRetentionDeclined(input: { customerId: string; subscriptionId: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await lockForPause(tx, input.subscriptionId, { kind: 'customer', customerId: input.customerId });
    if (!locked) return;
    const beforeTheStop = { ...locked, state: { ...locked.state, cancelAtPeriodEnd: false } };
    await writeRetentionRow(tx, beforeTheStop, { outcome: 'stop', now: input.now });
  });
}
