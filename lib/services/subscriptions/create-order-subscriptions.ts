import { isNotNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { subscriptions, type Order, type OrderLine, type Plan, type Subscription } from '@/db/schema';
import { startSubscription } from '@/lib/billing/subscription-start';
import { renewalCursor } from '@/lib/services/billing/renewal-cursor';
import { recordMrrMovement } from '@/lib/services/metrics/record-mrr-movement';
import { recordEvent } from '@/lib/services/events/record-event';

/**
 * One subscription per subscription line of a paid order.
 *
 * NOTE: keyed on the order line (unique), so a replayed payment return finds the subscriptions
 * already there instead of activating a second set.
 */
export async function createOrderSubscriptions(
  tx: Tx,
  input: { order: Order; lines: { line: OrderLine; plan: Plan | null }[]; timeZone: string; now: Date },
): Promise<Map<number, Subscription>> {
  const byPosition = new Map<number, Subscription>();
  for (const { line, plan } of input.lines) {
    if (line.kind !== 'subscription' || !plan) continue;
    const start = startSubscription({
      now: input.now,
      interval: { unit: plan.intervalUnit, count: plan.intervalCount },
      trialDays: plan.trialDays,
      commitmentMonths: plan.commitmentMonths,
      timeZone: input.timeZone,
    });
    const [created] = await tx
      .insert(subscriptions)
      .values({
        customerId: input.order.customerId,
        planId: plan.id,
        orderLineId: line.id,
        status: start.status,
        quantity: line.quantity,
        currency: plan.currency,
        unitPriceMinor: line.unitPriceMinor,
        // NOTE: the campaign is frozen on the subscription as sold: editing the plan's offer
        // later changes it for new subscribers only.
        offerPriceMinor: plan.offerPriceMinor,
        offerTerms: plan.offerTerms,
        nextPlanId: plan.nextPlanId,
        anchorAt: start.anchorAt,
        currentTerm: start.currentTerm,
        currentPeriodStart: start.currentPeriodStart,
        currentPeriodEnd: start.currentPeriodEnd,
        trialEndsAt: start.trialEndsAt,
        commitmentEndsAt: start.commitmentEndsAt,
        couponId: input.order.couponId,
        // The checkout invoice used the coupon once (on the plan or, during a trial, the setup fee).
        couponUses: input.order.couponId ? 1 : 0,
        startedAt: input.now,
        ...renewalCursor(
          { ...start, startedAt: input.now, cancelAtPeriodEnd: false },
          plan,
          input.timeZone,
          null,
        ),
      })
      // The unique index is partial (order lines only): the target names its predicate.
      .onConflictDoNothing({ target: subscriptions.orderLineId, where: isNotNull(subscriptions.orderLineId) })
      .returning();
    if (!created) throw new Error(`Order line ${line.id} already has a subscription: the order was fulfilled twice`);
    await recordMrrMovement(tx, created.id, input.now);
    await recordEvent(tx, { name: 'subscription/created', data: { subscriptionId: created.id, customerId: created.customerId } });
    byPosition.set(line.position, created);
  }
  return byPosition;
}
