'use server';

import { z } from 'zod';
import { merchantAction } from '@/lib/actions/safe-action';
import { baseUrl } from '@/lib/http/base-url';
import { applyTestProviderEvent, deliverTestWebhook } from '@/lib/payments/test-provider-events';
import { requireTestProviderMounted } from './test-provider-access';

const schema = z.object({
  id: z.string().regex(/^tp_[0-9a-f]{24}$/, { error: 'That is not a test payment.' }),
  event: z.enum(['settle', 'fail', 'charge-back'], { error: 'Unknown event.' }),
});

/**
 * The test provider's dashboard: settle, fail or charge back a payment, then tell the shop by
 * webhook, as Mollie or Stripe would. It acts on anybody's payment, so the shop's staff only;
 * and a 404 where the test provider is not mounted (production).
 */
export const testProviderEventAction = merchantAction(
  { to: 'use the test payment provider', permission: 'payments:write', schema, invalid: 'first', revalidate: ['/test-provider/payments'] },
  async ({ id, event }) => {
    requireTestProviderMounted();
    if (!(await applyTestProviderEvent(id, event))) return { error: `Payment ${id} cannot ${event} in its current state.` };
    const delivered = await deliverTestWebhook(await baseUrl(), id);
    if (delivered.status !== 200) return { error: `The shop answered the webhook with ${delivered.status}: ${delivered.body}` };
    return { notice: `Done: ${event}, and the shop was notified.` };
  },
);
