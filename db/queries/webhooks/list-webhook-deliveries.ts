import { and, desc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '@/db/schema';

export type WebhookAttemptRow = {
  at: string;
  requestBody: string;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  latencyMs: number;
};

/** A delivery in the log, with its attempts (newest first). Dates as ISO strings. */
export type WebhookDeliveryRow = {
  id: string;
  endpointId: string;
  endpointUrl: string;
  eventId: string;
  eventType: string;
  objectId: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: WebhookAttemptRow[];
  nextAttemptAt: string | null;
  createdAt: string;
};

/**
 * The delivery log, newest first: of one endpoint (`endpointId`) or of all (null), at most
 * `limit` deliveries and their last 10 attempts each.
 */
export async function listWebhookDeliveries(input: { endpointId: string | null; limit: number }): Promise<WebhookDeliveryRow[]> {
  const deliveries = await db
    .select({ d: webhookDeliveries, url: webhookEndpoints.url })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(input.endpointId ? and(eq(webhookDeliveries.endpointId, input.endpointId)) : undefined)
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(input.limit);
  if (deliveries.length === 0) return [];
  const attempts = await db
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, deliveries.map(({ d }) => d.id)))
    .orderBy(desc(webhookAttempts.at), desc(webhookAttempts.id));
  return deliveries.map(({ d, url }) => ({
    id: d.id,
    endpointId: d.endpointId,
    endpointUrl: url,
    eventId: d.eventId,
    eventType: d.eventType,
    objectId: d.objectId,
    status: d.status,
    attempts: attempts
      .filter((a) => a.deliveryId === d.id)
      .slice(0, 10)
      .map((a) => ({ at: a.at.toISOString(), requestBody: a.requestBody, responseStatus: a.responseStatus, responseBody: a.responseBody, error: a.error, latencyMs: a.latencyMs })),
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    createdAt: d.createdAt.toISOString(),
  }));
}
