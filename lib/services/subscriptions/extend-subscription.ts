import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { extendedTimeline, extensionRefusal } from '@/lib/billing/subscription-extension';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { lastRenewalDone } from '@/lib/services/billing/last-renewal-done';
import { renewalCursor } from '@/lib/services/billing/renewal-cursor';
import { recordSubscriptionChanged } from '@/lib/services/events/billing-events';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { byHandNotFound, extensionRefusalError } from './by-hand-errors';
import { lockOwnSubscription } from './lock-own-subscription';
import { queueExtensionNotices } from './queue-extension-notices';

/**
 * Staff extend a customer's running term by `days` as a goodwill gesture: the term ends (and the
 * next renewal falls) that many days later, free of charge, and every later renewal moves with it
 * (subscription-extension.ts says why the anchor moves). Audited; the engine's cursor is derived
 * again from the new timeline, and a running Inngest run is replaced (`subscription/changed`).
 * The customer is e-mailed the new dates, and a renewal announced with the old ones is announced
 * again (queue-extension-notices.ts).
 *
 * NOTE: a free extension is time, not money: a credit note would hand back money for a term the
 * customer keeps, and a pause is whole terms of no service. So the timeline itself moves.
 */
export async function extendSubscription(input: {
  customerId: string;
  subscriptionId: string;
  days: number;
  staffUserId: string;
}): Promise<Result<{ currentPeriodEnd: Date; previousPeriodEnd: Date }, DomainErrorShape>> {
  const result = await db.transaction(async (tx) => {
    const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
    if (!own) return err(byHandNotFound());
    const { sub, plan, timeZone } = own;
    const refusal = extensionRefusal({ ...sub, nextTermInvoiced: own.nextTermInvoiced }, input.days);
    if (refusal) return err(extensionRefusalError(refusal));
    const moved = extendedTimeline({
      timeline: { anchorAt: sub.anchorAt, anchorTerm: sub.anchorTerm, interval: { unit: plan.intervalUnit, count: plan.intervalCount }, timeZone },
      currentTerm: sub.currentTerm,
      currentPeriodEnd: sub.currentPeriodEnd,
      commitmentEndsAt: sub.commitmentEndsAt,
      days: input.days,
    });
    const cursor = renewalCursor({ ...sub, ...moved }, plan, timeZone, await lastRenewalDone(tx, sub.id));
    await tx.update(subscriptions).set({ ...moved, ...cursor }).where(eq(subscriptions.id, sub.id));
    const eventId = await recordSubscriptionChanged(tx, sub.id);
    await queueExtensionNotices(tx, { own, eventId, days: input.days, currentPeriodEnd: moved.currentPeriodEnd });
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'subscription.extend',
      record: { type: 'subscription', id: sub.id },
      before: { currentPeriodEnd: sub.currentPeriodEnd.toISOString(), commitmentEndsAt: sub.commitmentEndsAt?.toISOString() ?? null },
      after: { days: input.days, currentPeriodEnd: moved.currentPeriodEnd.toISOString(), commitmentEndsAt: moved.commitmentEndsAt?.toISOString() ?? null },
    });
    return ok({ currentPeriodEnd: moved.currentPeriodEnd, previousPeriodEnd: sub.currentPeriodEnd });
  });
  if (result.ok) await nudgeEventRelay([input.subscriptionId]);
  return result;
}
