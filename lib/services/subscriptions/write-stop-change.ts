import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { subscriptions, type Subscription } from '@/db/schema';
import { lastRenewalDone } from '@/lib/services/billing/last-renewal-done';
import { renewalCursor } from '@/lib/services/billing/renewal-cursor';
import { queueSubscriptionStop } from '@/lib/services/email/queue-subscription-stop';
import { recordSubscriptionChanged } from '@/lib/services/events/billing-events';
import type { OwnSubscription } from './lock-own-subscription';

/**
 * Writes a customer's stop or its undoing, in the caller's transaction, after the change's own
 * domain event (`eventId`): the flag and `set`, the renewal cursor recomputed from the action log
 * (a stop ends the timeline at the running term's end; an undo picks it up again), the event that
 * restarts its billing-cycle runs, and the confirmation e-mail.
 */
export async function writeStopChange(
  tx: Tx,
  own: OwnSubscription,
  input: { change: 'scheduled' | 'undone'; set: Partial<Subscription>; eventId: string },
): Promise<void> {
  const { sub, plan, customer, settings, timeZone } = own;
  const cancelAtPeriodEnd = input.change === 'scheduled';
  const cursor = renewalCursor({ ...sub, cancelAtPeriodEnd }, plan, timeZone, await lastRenewalDone(tx, sub.id));
  await tx
    .update(subscriptions)
    .set({ ...input.set, cancelAtPeriodEnd, ...cursor })
    .where(eq(subscriptions.id, sub.id));
  await recordSubscriptionChanged(tx, sub.id);
  await queueSubscriptionStop(tx, {
    subscriptionId: sub.id,
    customer,
    settings,
    timeZone,
    change: input.change,
    endsAt: sub.currentPeriodEnd,
    eventId: input.eventId,
  });
}
