import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { planChangeBlocked } from '@/lib/billing/plan-change';
import { err, ok, type Result } from '@/lib/billing/result';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { writeChange } from './change-plan';
import { lockOwnSubscription } from './lock-own-subscription';
import { nothingScheduled, planChangeNotFound, planChangeRefusalError, type PlanChangeError } from './plan-change-errors';
import { planChangeState } from './quote-plan-change';

/**
 * The customer withdraws a change scheduled for the next renewal, before that term is invoiced
 * (after that the term is billed on the new plan, and the change stands). Nothing changed in
 * value yet, so no MRR movement. Confirmed by e-mail.
 */
export async function cancelScheduledPlanChange(input: {
  customerId: string;
  subscriptionId: string;
  now: Date;
}): Promise<Result<{ planName: string }, PlanChangeError>> {
  const result = await db.transaction(async (tx) => {
    const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
    if (!own) return err(planChangeNotFound());
    const { sub } = own;
    if (!sub.scheduledPlanId || sub.scheduledTerm === null || sub.scheduledQuantity === null) return err(nothingScheduled());
    const blocked = planChangeBlocked(planChangeState(own));
    // A stop scheduled after the change does not keep the customer from withdrawing the change.
    if (blocked && blocked.code !== 'stop_scheduled') return err(planChangeRefusalError(blocked));
    await tx
      .update(subscriptions)
      .set({ scheduledPlanId: null, scheduledQuantity: null, scheduledTerm: null })
      .where(eq(subscriptions.id, sub.id));
    await writeChange(tx, own, {
      kind: 'canceled',
      toPlanId: sub.scheduledPlanId,
      toQuantity: sub.scheduledQuantity,
      term: sub.scheduledTerm,
      effectiveAt: input.now,
      invoiceId: null,
      prorationMinor: null,
      at: input.now,
    });
    return ok({ planName: own.plan.name });
  });
  if (result.ok) await nudgeEventRelay([input.subscriptionId]);
  return result;
}
