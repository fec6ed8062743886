import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { lockWebhookEndpoint } from './lock-webhook-endpoint';
import { webhookEndpointAuditState } from './webhook-endpoint-audit';
import { newWebhookSecret, sealWebhookSecret, SECRET_OVERLAP_MS } from './webhook-signing';

/**
 * A new signing secret (audited), answered once. The old one keeps signing beside it for 24 hours,
 * so the receiver can switch to the new one without rejecting a delivery in between.
 */
export async function rotateWebhookSecret(input: { endpointId: string; staffUserId: string; now: Date }): Promise<{ secret: string; previousValidUntil: Date }> {
  const secret = newWebhookSecret();
  const previousValidUntil = new Date(input.now.getTime() + SECRET_OVERLAP_MS);
  await db.transaction(async (tx) => {
    const before = await lockWebhookEndpoint(tx, input.endpointId);
    const [after] = await tx
      .update(webhookEndpoints)
      // The old secret moves as it is stored (sealed to this row); the new one is sealed here.
      .set({ secret: sealWebhookSecret(input.endpointId, secret), previousSecret: before.secret, previousSecretExpiresAt: previousValidUntil, updatedAt: input.now })
      .where(eq(webhookEndpoints.id, input.endpointId))
      .returning();
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'webhook-endpoint.rotate-secret',
      record: { type: 'webhook-endpoint', id: input.endpointId },
      before: webhookEndpointAuditState(before),
      after: webhookEndpointAuditState(after!),
    });
  });
  return { secret, previousValidUntil };
}
