/** Test ids of the webhooks page; the e2e suite imports this same module. */
export const webhookTestIds = {
  addUrl: 'webhook-add-url',
  addDescription: 'webhook-add-description',
  addSubmit: 'webhook-add-submit',
  secret: 'webhook-secret',
  endpointRow: 'webhook-endpoint-row',
  rotate: 'webhook-rotate',
  toggle: 'webhook-toggle',
  remove: 'webhook-delete',
  deliveryRow: 'webhook-delivery-row',
  deliveryStatus: 'webhook-delivery-status',
  replay: 'webhook-replay',
} as const;
