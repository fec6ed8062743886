import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { subscriptions } from '@/db/schema';
import type { PauseState } from '@/lib/billing/subscription-pause';
import type { Timeline } from '@/lib/billing/subscription-pause';
import { lockOwnSubscription, type OwnSubscription } from '../lock-own-subscription';

/** Who pauses or resumes: the customer (under the merchant's rules) or staff (who set them). */
export type PauseActor = { kind: 'customer'; customerId: string } | { kind: 'staff'; staffUserId: string };

export type LockedForPause = OwnSubscription & { state: PauseState; timeline: Timeline };

/**
 * The subscription locked FOR UPDATE (two quick submissions run one after the other), with the
 * state the pause rules read. A customer reaches only their own: another's is null, like a
 * missing one. Staff are not bound by the self-service switches (they set them).
 */
export async function lockForPause(tx: Tx, subscriptionId: string, actor: PauseActor): Promise<LockedForPause | null> {
  let customerId: string;
  if (actor.kind === 'customer') customerId = actor.customerId;
  else {
    const [row] = await tx.select({ customerId: subscriptions.customerId }).from(subscriptions).where(eq(subscriptions.id, subscriptionId));
    if (!row) return null;
    customerId = row.customerId;
  }
  const own = await lockOwnSubscription(tx, customerId, subscriptionId);
  if (!own) return null;
  const { sub, customer, settings, plan, timeZone } = own;
  const bySelf = actor.kind === 'customer';
  return {
    ...own,
    state: {
      status: sub.status,
      cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
      pauseAtPeriodEnd: sub.pauseAtPeriodEnd,
      currentPeriodEnd: sub.currentPeriodEnd,
      shopAllows: !bySelf || settings.customersCanPause,
      customerAllows: !bySelf || customer.canPause,
      maxTerms: settings.maxPauseTerms,
      nextTermInvoiced: own.nextTermInvoiced,
    },
    timeline: { anchorAt: sub.anchorAt, anchorTerm: sub.anchorTerm, interval: { unit: plan.intervalUnit, count: plan.intervalCount }, timeZone },
  };
}
