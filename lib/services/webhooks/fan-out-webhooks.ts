import { db } from '@/db/client';
import { webhookDeliveries } from '@/db/schema';
import { timeOrderedId } from '@/lib/ids/time-ordered-id';
import type { PendingEvent } from '@/lib/services/events/event-deliverer';
import { webhookEventOf } from '@/lib/validations/webhook-events';
import { enabledWebhookEndpoints } from './enabled-endpoints';
import { loadWebhookObjects, objectKey } from './webhook-objects';

/** How long a delivery is retried: about three days after the event reached the queue. */
export const RETRY_WINDOW_MS = 3 * 24 * 60 * 60_000;

/**
 * Queues the webhooks a batch of domain events owes: one delivery per enabled endpoint that asked
 * for the event's public type and existed when the event happened. Called by the event relay for
 * every batch it claims, before the batch is handed on, so a failure here fails the batch and it
 * is relayed again.
 *
 * NOTE: the relay delivers at least once; the unique (endpoint, event) key makes a repeat insert
 * nothing, so a replayed event is never sent twice. Events about a test clock's simulated
 * customers are not sent.
 */
export async function fanOutWebhooks(events: Pick<PendingEvent, 'id' | 'name' | 'payload' | 'occurredAt'>[], now: Date): Promise<number> {
  const mapped = events.flatMap((event) => {
    const published = webhookEventOf(event.name, event.payload);
    return published ? [{ event, published }] : [];
  });
  if (mapped.length === 0) return 0;
  const endpoints = await enabledWebhookEndpoints();
  if (endpoints.length === 0) return 0;
  const objects = await loadWebhookObjects(mapped.map(({ published }) => ({ type: published.object, id: published.objectId })));
  const rows: (typeof webhookDeliveries.$inferInsert)[] = [];
  for (const { event, published } of mapped) {
    const object = objects.get(objectKey({ type: published.object, id: published.objectId }));
    if (!object || object.simulated) continue;
    for (const endpoint of endpoints) {
      if (!endpoint.eventTypes.includes(published.type) || endpoint.createdAt > event.occurredAt) continue;
      rows.push({
        id: timeOrderedId(),
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: published.type,
        objectType: published.object,
        objectId: published.objectId,
        orderingKey: published.subscriptionId ?? object.subscriptionId,
        occurredAt: event.occurredAt,
        nextAttemptAt: now,
        retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS),
        createdAt: now,
      });
    }
  }
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(webhookDeliveries)
    .values(rows)
    .onConflictDoNothing({ target: [webhookDeliveries.endpointId, webhookDeliveries.eventId] })
    .returning({ id: webhookDeliveries.id });
  return inserted.length;
}
