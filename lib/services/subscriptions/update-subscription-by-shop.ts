import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions, type Subscription } from '@/db/schema';
import { getAutopayMethod } from '@/db/queries/payments/get-autopay-method';
import { err, ok, type Result } from '@/lib/billing/result';
import { undoStopRefusal } from '@/lib/billing/self-service-stop';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { recordEvent } from '@/lib/services/events/record-event';
import { lockOwnSubscription } from './lock-own-subscription';
import { stopNotFound, stopRefusalError } from './stop-errors';
import { writeStopChange } from './write-stop-change';

export type SubscriptionUpdateByShop = {
  /** How its invoices are collected from now on (the engine's `issue`, a proration invoice). */
  collection?: Subscription['collection'];
  /** Calls off a stop scheduled for the term's end. */
  undoStop?: boolean;
};

/**
 * The shop changes what a subscription needs no plan change for (the REST API's PATCH): how its
 * invoices are collected, and a scheduled stop called off. All of it or nothing, in one
 * transaction under the subscription's lock, audited under the staff member. The merchant's
 * switches for customers do not apply to the merchant (as for a stop by the shop); an undo is
 * confirmed to the customer by e-mail as theirs is.
 *
 * NOTE: `charge_automatically` needs the customer's stored method now, as starting one does;
 * should the method go later, the engine sends the invoice instead (no mandate, no charge).
 */
export async function updateSubscriptionByShop(input: {
  customerId: string;
  subscriptionId: string;
  update: SubscriptionUpdateByShop;
  staffUserId: string;
  now: Date;
}): Promise<Result<Subscription, DomainErrorShape>> {
  const { update } = input;
  const result = await db.transaction(async (tx): Promise<Result<Subscription, DomainErrorShape>> => {
    const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
    if (!own) return err(stopNotFound());
    const { sub, customer } = own;
    if (sub.status === 'ended') return err(domainError('subscription_ended', 'This subscription has ended: nothing about it can change.'));
    if (update.collection === 'charge_automatically' && !(await getAutopayMethod(tx, customer.id))) {
      return err(domainError('no_payment_method', 'This customer has no stored payment method to charge. Keep `collection: send_invoice`, or let them add a method first.', 'collection'));
    }
    if (update.undoStop) {
      const refusal = undoStopRefusal({ status: sub.status, cancelAtPeriodEnd: sub.cancelAtPeriodEnd, shopAllows: true, customerAllows: true });
      if (refusal) return err(stopRefusalError(refusal));
      const eventId = await recordEvent(tx, { name: 'subscription/stop.undone', data: { subscriptionId: sub.id, customerId: customer.id } });
      await writeStopChange(tx, own, { change: 'undone', set: { canceledAt: null }, eventId });
    }
    if (update.collection && update.collection !== sub.collection) {
      await tx.update(subscriptions).set({ collection: update.collection }).where(eq(subscriptions.id, sub.id));
    }
    const [after] = await tx.select().from(subscriptions).where(eq(subscriptions.id, sub.id));
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'subscription.update',
      record: { type: 'subscription', id: sub.id },
      before: { collection: sub.collection, cancelAtPeriodEnd: sub.cancelAtPeriodEnd },
      after: { collection: after!.collection, cancelAtPeriodEnd: after!.cancelAtPeriodEnd },
    });
    return ok(after!);
  });
  if (result.ok) await nudgeEventRelay([input.subscriptionId]);
  return result;
}
