import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { webhookEndpoints, type WebhookEndpoint } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';

/** The endpoint, locked for a change; a missing one is an error the owner can act on. */
export async function lockWebhookEndpoint(tx: Tx, endpointId: string): Promise<WebhookEndpoint> {
  const [endpoint] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).for('update');
  if (!endpoint) throw new DomainError({ code: 'webhook_endpoint_not_found', message: 'This webhook endpoint no longer exists. Reload the page.' });
  return endpoint;
}
