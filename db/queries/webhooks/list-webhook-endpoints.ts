import { asc, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { webhookEndpoints } from '@/db/schema';

/** An endpoint as the webhooks page lists it: never its secrets. Dates as ISO strings. */
export type WebhookEndpointRow = {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: 'owner' | 'failing' | null;
  failingSince: string | null;
  /** Until when the previous secret still signs, after a rotation. */
  previousSecretValidUntil: string | null;
  pending: number;
  failed: number;
  createdAt: string;
};

/**
 * Every endpoint of the shop, oldest first, with its deliveries still waiting and given up.
 * Webhooks are about real customers only (a test clock's never go out), so there is no clock scope.
 */
export async function listWebhookEndpoints(now: Date): Promise<WebhookEndpointRow[]> {
  const rows = await db
    .select({
      endpoint: webhookEndpoints,
      pending: sql<number>`(select count(*)::int from webhook_deliveries d where d.endpoint_id = ${webhookEndpoints.id} and d.status = 'pending')`,
      failed: sql<number>`(select count(*)::int from webhook_deliveries d where d.endpoint_id = ${webhookEndpoints.id} and d.status = 'failed')`,
    })
    .from(webhookEndpoints)
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
  return rows.map(({ endpoint: e, pending, failed }) => ({
    id: e.id,
    url: e.url,
    description: e.description,
    eventTypes: e.eventTypes,
    enabled: e.enabled,
    disabledReason: e.disabledReason ?? null,
    failingSince: e.failingSince?.toISOString() ?? null,
    previousSecretValidUntil: e.previousSecretExpiresAt && e.previousSecretExpiresAt > now ? e.previousSecretExpiresAt.toISOString() : null,
    pending,
    failed,
    createdAt: e.createdAt.toISOString(),
  }));
}
