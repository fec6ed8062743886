/** The additional data a webhook endpoint's sealed secrets are bound to: the endpoint's row. */
export function webhookSecretContext(endpointId: string): string {
  return `webhook_endpoints:${endpointId}`;
}
