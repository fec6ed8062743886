import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { transition } from '@/lib/billing/lifecycle';
import { err, ok, type Result } from '@/lib/billing/result';
import { resumeRefusal, resumedTimeline } from '@/lib/billing/subscription-pause';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { lastRenewalDone } from '@/lib/services/billing/last-renewal-done';
import { renewalCursor } from '@/lib/services/billing/renewal-cursor';
import { queueSubscriptionPause } from '@/lib/services/email/queue-subscription-pause';
import { recordSubscriptionChanged } from '@/lib/services/events/billing-events';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { recordEvent } from '@/lib/services/events/record-event';
import { recordMrrMovement } from '@/lib/services/metrics/record-mrr-movement';
import { lockForPause, type PauseActor } from './lock-for-pause';
import { pauseNotFound, pauseRefusalError, type PauseError } from './pause-errors';

/**
 * Ends a pause now (customer on Min Side, or staff). A running pause: the subscription is active
 * again at once, its next term starts now (anchored again here: subscription-pause.ts), so the
 * engine invoices it straight away, and its commitment end moves by the days it was paused. A
 * pause not begun yet is called off: nothing moves. Confirmed by e-mail and
 * `subscription/resumed`; the MRR movement (back from 0) is recorded with it.
 */
export async function resumeSubscription(input: {
  subscriptionId: string;
  actor: PauseActor;
  now: Date;
}): Promise<Result<{ nextTermStartsAt: Date; wasRunning: boolean }, PauseError>> {
  const result = await db.transaction(async (tx) => {
    const locked = await lockForPause(tx, input.subscriptionId, input.actor);
    if (!locked) return err(pauseNotFound());
    const refusal = resumeRefusal(locked.state);
    if (refusal) return err(pauseRefusalError(refusal));
    const { sub, plan, customer, timeZone } = locked;
    const wasRunning = sub.status === 'paused';
    const cleared = { pauseAtPeriodEnd: false, pauseTerms: null, pauseResumesAt: null };
    let set: Partial<typeof sub>;
    let nextTermStartsAt: Date;
    if (wasRunning) {
      const active = transition(sub.status, 'resume');
      if (!active.ok) throw new Error(`Subscription ${sub.id}: ${active.error}`);
      const moved = resumedTimeline({
        timeline: locked.timeline,
        nextTerm: sub.currentTerm + 1,
        commitmentEndsAt: sub.commitmentEndsAt,
        completedTerms: null,
        pausedAt: sub.pausedAt ?? sub.currentPeriodEnd,
        at: input.now,
      });
      set = { ...cleared, ...moved, status: active.value, pausedAt: null, resumedAt: input.now };
      nextTermStartsAt = input.now;
    } else {
      set = cleared;
      nextTermStartsAt = sub.currentPeriodEnd;
    }
    const cursor = renewalCursor({ ...sub, ...set }, plan, timeZone, await lastRenewalDone(tx, sub.id));
    await tx.update(subscriptions).set({ ...set, ...cursor }).where(eq(subscriptions.id, sub.id));
    if (wasRunning) await recordMrrMovement(tx, sub.id, input.now);
    const by = input.actor.kind;
    const eventId = await recordEvent(tx, {
      name: 'subscription/resumed',
      data: {
        subscriptionId: sub.id,
        customerId: customer.id,
        resumedAt: input.now.toISOString(),
        nextTermStartsAt: nextTermStartsAt.toISOString(),
        wasRunning,
        by,
      },
    });
    await recordSubscriptionChanged(tx, sub.id);
    if (input.actor.kind === 'staff') {
      await recordAudit(tx, {
        actorUserId: input.actor.staffUserId,
        action: 'subscription.resume',
        record: { type: 'subscription', id: sub.id },
        before: { status: sub.status, pauseAtPeriodEnd: sub.pauseAtPeriodEnd },
        after: { status: set.status ?? sub.status, nextTermStartsAt: nextTermStartsAt.toISOString() },
      });
    }
    await queueSubscriptionPause(tx, {
      subscriptionId: sub.id,
      customerId: customer.id,
      timeZone,
      eventId,
      change: 'resumed',
      nextTermStartsAt: nextTermStartsAt.toISOString(),
    });
    return ok({ nextTermStartsAt, wasRunning });
  });
  if (result.ok) await nudgeEventRelay([input.subscriptionId]);
  return result;
}
