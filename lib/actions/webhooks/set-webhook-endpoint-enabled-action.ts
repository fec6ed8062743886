'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { setWebhookEndpointEnabled } from '@/lib/services/webhooks/set-webhook-endpoint-enabled';
import { webhookEndpointEnabledSchema } from '@/lib/validations/webhook-events';

/** Switches an endpoint on or off. */
export const setWebhookEndpointEnabledAction = merchantAction(
  { to: 'manage webhooks', permission: 'webhooks:manage', schema: webhookEndpointEnabledSchema, revalidate: ['/dashboard/webhooks'] },
  async (input, { viewer }) => {
    const { changed } = await setWebhookEndpointEnabled({ ...input, staffUserId: viewer.userId, now: new Date() });
    if (!changed) return { notice: manageCode('nothingChanged') };
    return { notice: manageCode(input.enabled ? 'webhookOn' : 'webhookOff') };
  },
);
