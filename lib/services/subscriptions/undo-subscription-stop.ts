import { db } from '@/db/client';
import { err, ok, type Result } from '@/lib/billing/result';
import { undoStopRefusal } from '@/lib/billing/self-service-stop';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { recordEvent } from '@/lib/services/events/record-event';
import { lockOwnSubscription } from './lock-own-subscription';
import { stopNotFound, stopRefusalError, type StopError } from './stop-errors';
import { writeStopChange } from './write-stop-change';

/**
 * The customer undoes a stop they scheduled, before it happened: the subscription renews again
 * from where its timeline is. The reason they gave is kept for the merchant. Nothing changed in
 * value, so no MRR movement. Confirmed by e-mail.
 *
 * NOTE: a stop is only scheduled before the next term is invoiced, and the engine ends the
 * subscription at the term's end, so an undo always finds the timeline inside the running term.
 */
export async function undoSubscriptionStop(input: { customerId: string; subscriptionId: string; now: Date }): Promise<Result<{ renewsAt: Date }, StopError>> {
  const result = await db.transaction(async (tx) => {
    const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
    if (!own) return err(stopNotFound());
    const { sub, customer, settings } = own;
    const refusal = undoStopRefusal({
      status: sub.status,
      cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
      shopAllows: settings.customersCanStop,
      customerAllows: customer.canCancel,
    });
    if (refusal) return err(stopRefusalError(refusal));
    const eventId = await recordEvent(tx, { name: 'subscription/stop.undone', data: { subscriptionId: sub.id, customerId: customer.id } });
    await writeStopChange(tx, own, { change: 'undone', set: { canceledAt: null }, eventId });
    return ok({ renewsAt: sub.currentPeriodEnd });
  });
  if (result.ok) await nudgeEventRelay([input.subscriptionId]);
  return result;
}
