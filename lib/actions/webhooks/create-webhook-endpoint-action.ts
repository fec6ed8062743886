'use server';

import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import type { ActionState } from '@/lib/actions/action-state';
import { createWebhookEndpoint } from '@/lib/services/webhooks/create-webhook-endpoint';
import { webhookEndpointSchema, type WebhookEndpointInput } from '@/lib/validations/webhook-events';

export type SecretState = ActionState & { secret?: string };

/** The owner registers an endpoint; the answer carries its signing secret, shown this once. */
export const createWebhookEndpointAction = merchantAction<WebhookEndpointInput, SecretState>(
  {
    to: 'manage webhooks',
    permission: 'webhooks:manage',
    schema: webhookEndpointSchema,
    keepValues: true,
    // The event types are checkboxes: one form field, several values.
    form: (formData) => {
      const values = { url: String(formData.get('url') ?? ''), description: String(formData.get('description') ?? '') };
      return { input: { ...values, eventTypes: formData.getAll('eventTypes').map(String) }, values };
    },
    revalidate: ['/dashboard/webhooks'],
  },
  async (input, { viewer }) => {
    const created = await createWebhookEndpoint(input, { staffUserId: viewer.userId, now: new Date() });
    if (!created.ok) return created.error;
    return { notice: await manageText('webhookCreated', { url: created.value.endpoint.url }), secret: created.value.secret };
  },
);
