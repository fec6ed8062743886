import { db } from '@/db/client';
import { err, ok, type Result } from '@/lib/billing/result';
import { stopRefusal, type StopReason } from '@/lib/billing/self-service-stop';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { recordEvent } from '@/lib/services/events/record-event';
import { lockOwnSubscription } from './lock-own-subscription';
import { stopNotFound, stopRefusalError, type StopError } from './stop-errors';
import { writeStopChange } from './write-stop-change';

/**
 * The customer stops their subscription at the end of the running term (Min Side), saying why.
 * Nothing changes in value now (no MRR movement): the renewal cursor now ends the subscription at
 * the term's end, when the engine ends it and records the churn. Under the merchant's rules
 * (stopRefusal); another customer's subscription is `not_found`. Confirmed by e-mail, queued with
 * the change.
 *
 * With `staffUserId` the shop stops it (the REST API): the merchant's switches for customers do not
 * apply to the merchant, the other rules do, and the change is audited.
 */
export async function scheduleSubscriptionStop(input: {
  customerId: string;
  subscriptionId: string;
  reason: StopReason;
  note: string | null;
  now: Date;
  staffUserId?: string;
}): Promise<Result<{ endsAt: Date }, StopError>> {
  const result = await db.transaction(async (tx) => {
    const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
    if (!own) return err(stopNotFound());
    const { sub, customer, settings } = own;
    const refusal = stopRefusal({
      status: sub.status,
      cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
      currentPeriodEnd: sub.currentPeriodEnd,
      commitmentEndsAt: sub.commitmentEndsAt,
      shopAllows: input.staffUserId !== undefined || settings.customersCanStop,
      customerAllows: input.staffUserId !== undefined || customer.canCancel,
      nextTermInvoiced: own.nextTermInvoiced,
    });
    if (refusal) return err(stopRefusalError(refusal));
    const endsAt = sub.currentPeriodEnd;
    const eventId = await recordEvent(tx, {
      name: 'subscription/stop.scheduled',
      data: { subscriptionId: sub.id, customerId: customer.id, endsAt: endsAt.toISOString(), reason: input.reason },
    });
    await writeStopChange(tx, own, {
      change: 'scheduled',
      set: { canceledAt: input.now, stopReason: input.reason, stopReasonNote: input.note, stopRequestedAt: input.now },
      eventId,
    });
    if (input.staffUserId) {
      await recordAudit(tx, {
        actorUserId: input.staffUserId,
        action: 'subscription.stop',
        record: { type: 'subscription', id: sub.id },
        before: { status: sub.status, cancelAtPeriodEnd: false },
        after: { status: sub.status, cancelAtPeriodEnd: true, endsAt: endsAt.toISOString() },
      });
    }
    return ok({ endsAt });
  });
  if (result.ok) await nudgeEventRelay([input.subscriptionId]);
  return result;
}
