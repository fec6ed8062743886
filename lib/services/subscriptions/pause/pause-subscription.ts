import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { pauseRefusal, pauseResumesAt } from '@/lib/billing/subscription-pause';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { lastRenewalDone } from '@/lib/services/billing/last-renewal-done';
import { renewalCursor } from '@/lib/services/billing/renewal-cursor';
import { queueSubscriptionPause } from '@/lib/services/email/queue-subscription-pause';
import { recordSubscriptionChanged } from '@/lib/services/events/billing-events';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { recordEvent } from '@/lib/services/events/record-event';
import { lockForPause, type LockedForPause, type PauseActor } from './lock-for-pause';
import { pauseNotFound, pauseRefusalError, type PauseError } from './pause-errors';

/**
 * Pauses a subscription for `terms` terms (null: until resumed), from the end of the paid term,
 * so that no paid time is lost. Until then it runs as before; the engine pauses it on that date
 * (and records the MRR movement then), and a pause of N terms ends by itself N terms later, on
 * the subscription's own grid. Under the merchant's rules for a customer; another customer's
 * subscription is `not_found`. Confirmed by e-mail and `subscription/paused`, in the transaction.
 *
 * `inTx` lets a caller (the retention offer) record its own rows in the same transaction.
 */
export async function pauseSubscription(input: {
  subscriptionId: string;
  actor: PauseActor;
  terms: number | null;
  now: Date;
  inTx?: (tx: Tx, locked: LockedForPause) => Promise<void>;
}): Promise<Result<{ startsAt: Date; resumesAt: Date | null }, PauseError>> {
  const result = await db.transaction(async (tx) => {
    const locked = await lockForPause(tx, input.subscriptionId, input.actor);
    if (!locked) return err(pauseNotFound());
    const refusal = pauseRefusal(locked.state, input.terms);
    if (refusal) return err(pauseRefusalError(refusal));
    const { sub, plan, customer, timeZone } = locked;
    const startsAt = sub.currentPeriodEnd;
    const resumesAt = input.terms === null ? null : pauseResumesAt(locked.timeline, sub.currentTerm + 1, input.terms);
    const set = { pauseAtPeriodEnd: true, pauseTerms: input.terms, pauseResumesAt: resumesAt };
    const cursor = renewalCursor({ ...sub, ...set }, plan, timeZone, await lastRenewalDone(tx, sub.id));
    await tx.update(subscriptions).set({ ...set, ...cursor }).where(eq(subscriptions.id, sub.id));
    const eventId = await recordEvent(tx, {
      name: 'subscription/paused',
      data: {
        subscriptionId: sub.id,
        customerId: customer.id,
        startsAt: startsAt.toISOString(),
        terms: input.terms,
        resumesAt: resumesAt?.toISOString() ?? null,
        by: input.actor.kind,
      },
    });
    await recordSubscriptionChanged(tx, sub.id);
    if (input.actor.kind === 'staff') {
      await recordAudit(tx, {
        actorUserId: input.actor.staffUserId,
        action: 'subscription.pause',
        record: { type: 'subscription', id: sub.id },
        before: { status: sub.status, pauseAtPeriodEnd: false },
        after: { pauseAtPeriodEnd: true, startsAt: startsAt.toISOString(), terms: input.terms, resumesAt: resumesAt?.toISOString() ?? null },
      });
    }
    await queueSubscriptionPause(tx, {
      subscriptionId: sub.id,
      customerId: customer.id,
      timeZone,
      eventId,
      change: 'paused',
      startsAt: startsAt.toISOString(),
      resumesAt: resumesAt?.toISOString() ?? null,
    });
    if (input.inTx) await input.inTx(tx, locked);
    return ok({ startsAt, resumesAt });
  });
  if (result.ok) await nudgeEventRelay([input.subscriptionId]);
  return result;
}
