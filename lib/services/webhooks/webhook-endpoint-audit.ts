import type { WebhookEndpoint } from '@/db/schema';

/** What the audit log keeps of an endpoint: where it sends and what, never its secrets. */
export function webhookEndpointAuditState(endpoint: WebhookEndpoint) {
  return {
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt?.toISOString() ?? null,
  };
}
