import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { lockWebhookEndpoint } from './lock-webhook-endpoint';
import { webhookEndpointAuditState } from './webhook-endpoint-audit';

/**
 * Switches an endpoint on or off by hand (audited). Switching on starts its failure clock afresh;
 * deliveries still pending go out again, and events of the time it was off are not sent.
 */
export async function setWebhookEndpointEnabled(input: { endpointId: string; enabled: boolean; staffUserId: string; now: Date }): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const before = await lockWebhookEndpoint(tx, input.endpointId);
    if (before.enabled === input.enabled) return { changed: false };
    const [after] = await tx
      .update(webhookEndpoints)
      .set(
        input.enabled
          ? { enabled: true, disabledReason: null, disabledAt: null, failingSince: null, updatedAt: input.now }
          : { enabled: false, disabledReason: 'owner', disabledAt: input.now, updatedAt: input.now },
      )
      .where(eq(webhookEndpoints.id, input.endpointId))
      .returning();
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: input.enabled ? 'webhook-endpoint.enable' : 'webhook-endpoint.disable',
      record: { type: 'webhook-endpoint', id: input.endpointId },
      before: webhookEndpointAuditState(before),
      after: webhookEndpointAuditState(after!),
    });
    return { changed: true };
  });
}
