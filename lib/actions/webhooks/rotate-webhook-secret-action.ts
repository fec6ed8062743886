'use server';

import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import type { SecretState } from '@/lib/actions/webhooks/create-webhook-endpoint-action';
import { rotateWebhookSecret } from '@/lib/services/webhooks/rotate-webhook-secret';
import { webhookEndpointIdSchema } from '@/lib/validations/webhook-events';

/** A new signing secret, shown once; the old one signs beside it for 24 hours. */
export const rotateWebhookSecretAction = merchantAction<{ endpointId: string }, SecretState>(
  { to: 'manage webhooks', permission: 'webhooks:manage', schema: webhookEndpointIdSchema, revalidate: ['/dashboard/webhooks'] },
  async (input, { viewer }) => {
    const rotated = await rotateWebhookSecret({ endpointId: input.endpointId, staffUserId: viewer.userId, now: new Date() });
    const until = rotated.previousValidUntil.toISOString().replace('T', ' ').slice(0, 16);
    return { notice: await manageText('webhookRotated', { until }), secret: rotated.secret };
  },
);
