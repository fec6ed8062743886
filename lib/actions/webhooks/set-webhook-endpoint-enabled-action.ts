'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { setWebhookEndpointEnabled } from '@/lib/services/webhooks/set-webhook-endpoint-enabled';
import { webhookEndpointEnabledSchema } from '@/lib/validations/webhook-events';

/** Switches an endpoint on or off. */
export const setWebhookEndpointEnabledAction = merchantAction(
  { to: 'manage webhooks', permission: 'webhooks:manage', schema: webhookEndpointEnabledSchema, revalidate: ['/dashboard/webhooks'] },
  async (input, { viewer }) => {
    const { changed } = await setWebhookEndpointEnabled({ ...input, staffUserId: viewer.userId, now: new Date() });
    if (!changed) return { notice: 'Nothing changed.' };
    return { notice: input.enabled ? 'The endpoint is on: waiting deliveries go out now.' : 'The endpoint is off: nothing is sent to it.' };
  },
);
