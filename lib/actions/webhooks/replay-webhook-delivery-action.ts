'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { deliverWebhooks } from '@/lib/services/webhooks/deliver-webhooks';
import { replayWebhookDelivery } from '@/lib/services/webhooks/replay-webhook-delivery';
import { webhookDeliveryIdSchema } from '@/lib/validations/webhook-events';

/** Sends a delivery again now (same webhook-id, the object's current state) and says how it went. */
export const replayWebhookDeliveryAction = merchantAction(
  { to: 'manage webhooks', permission: 'webhooks:manage', schema: webhookDeliveryIdSchema, revalidate: ['/dashboard/webhooks'] },
  async (input, { viewer }) => {
    const { endpointId } = await replayWebhookDelivery({ deliveryId: input.deliveryId, staffUserId: viewer.userId, now: new Date() });
    const report = await deliverWebhooks({ endpointIds: [endpointId], maxBatches: 1 });
    if (report.succeeded > 0) return { notice: manageCode('webhookReplayed') };
    return { notice: manageCode('webhookRequeued') };
  },
);
