import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { webhookEndpoints, type WebhookEndpoint } from '@/db/schema';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { err, ok, type Result } from '@/lib/billing/result';
import type { WebhookEndpointInput } from '@/lib/validations/webhook-events';
import { addressPolicy, refuseWebhookUrl, type AddressPolicy, type Resolver } from './webhook-address-policy';
import { webhookEndpointAuditState } from './webhook-endpoint-audit';
import { newWebhookSecret, sealWebhookSecret } from './webhook-signing';

/**
 * Registers an endpoint (audited) after checking its URL and every address its host resolves to.
 * Answers the new signing secret: the only time it is shown.
 */
export async function createWebhookEndpoint(
  input: WebhookEndpointInput,
  context: { staffUserId: string; now: Date; policy?: AddressPolicy; resolve?: Resolver },
): Promise<Result<{ endpoint: WebhookEndpoint; secret: string }, DomainErrorShape>> {
  const refusal = await refuseWebhookUrl(input.url, context.policy ?? addressPolicy(), context.resolve);
  if (refusal) return err(domainError('webhook_url_refused', refusal, 'url'));
  const secret = newWebhookSecret();
  // The id is chosen here: the stored (encrypted) secret is bound to it.
  const id = randomUUID();
  const endpoint = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(webhookEndpoints)
      .values({ id, url: input.url, description: input.description, eventTypes: [...new Set(input.eventTypes)], secret: sealWebhookSecret(id, secret), createdAt: context.now, updatedAt: context.now })
      .returning();
    await recordAudit(tx, {
      actorUserId: context.staffUserId,
      action: 'webhook-endpoint.create',
      record: { type: 'webhook-endpoint', id: created!.id },
      before: null,
      after: webhookEndpointAuditState(created!),
    });
    return created!;
  });
  return ok({ endpoint, secret });
}
