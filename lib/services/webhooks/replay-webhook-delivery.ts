import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { webhookDeliveries } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { RETRY_WINDOW_MS } from './fan-out-webhooks';

/**
 * Queues a delivery to be sent again now, whatever it came to (audited): with the same
 * `webhook-id`, the object's state as it is now, and a fresh three days of retries. Returns its
 * endpoint, for the caller to deliver at once.
 */
export async function replayWebhookDelivery(input: { deliveryId: string; staffUserId: string; now: Date }): Promise<{ endpointId: string }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, input.deliveryId)).for('update');
    if (!before) throw new DomainError({ code: 'webhook_delivery_not_found', message: 'This delivery no longer exists. Reload the page.' });
    await tx
      .update(webhookDeliveries)
      .set({ status: 'pending', nextAttemptAt: input.now, retryUntil: new Date(input.now.getTime() + RETRY_WINDOW_MS) })
      .where(eq(webhookDeliveries.id, input.deliveryId));
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'webhook-delivery.replay',
      record: { type: 'webhook-endpoint', id: before.endpointId },
      before: { deliveryId: before.id, eventId: before.eventId, eventType: before.eventType, status: before.status, attempts: before.attempts },
      after: { deliveryId: before.id, status: 'pending' },
    });
    return { endpointId: before.endpointId };
  });
}
