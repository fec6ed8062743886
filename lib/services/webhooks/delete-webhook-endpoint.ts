import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { lockWebhookEndpoint } from './lock-webhook-endpoint';
import { webhookEndpointAuditState } from './webhook-endpoint-audit';

/**
 * Deletes an endpoint (audited, with where it sent and what): nothing is sent to it any more, and
 * its deliveries and their log go with it. The audit entry is what remains of it.
 *
 * NOTE: the endpoint's row is locked first, so a delivery being claimed or replayed for it at this
 * moment finishes before the delete (or finds it gone) instead of writing to a deleted endpoint.
 */
export async function deleteWebhookEndpoint(input: { endpointId: string; staffUserId: string }): Promise<{ url: string }> {
  return db.transaction(async (tx) => {
    const before = await lockWebhookEndpoint(tx, input.endpointId);
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, input.endpointId));
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'webhook-endpoint.delete',
      record: { type: 'webhook-endpoint', id: input.endpointId },
      before: webhookEndpointAuditState(before),
      after: null,
    });
    return { url: before.url };
  });
}
