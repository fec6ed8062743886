'use server';

import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { deleteWebhookEndpoint } from '@/lib/services/webhooks/delete-webhook-endpoint';
import { webhookEndpointIdSchema } from '@/lib/validations/webhook-events';

/** Deletes an endpoint and its delivery log (audited); the owner is asked first in the page. */
export const deleteWebhookEndpointAction = merchantAction(
  { to: 'manage webhooks', permission: 'webhooks:manage', schema: webhookEndpointIdSchema, revalidate: ['/dashboard/webhooks'] },
  async (input, { viewer }) => {
    const { url } = await deleteWebhookEndpoint({ endpointId: input.endpointId, staffUserId: viewer.userId });
    return { notice: await manageText('webhookDeleted', { url }) };
  },
);
