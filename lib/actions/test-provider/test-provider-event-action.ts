'use server';

import { z } from 'zod';
import { merchantAction } from '@/lib/actions/safe-action';
import { baseUrl } from '@/lib/http/base-url';
import { manageCode, manageMessage } from '@/lib/i18n/manage-messages';
import { applyTestProviderEvent, deliverTestWebhook } from '@/lib/payments/test-provider-events';
import { requireTestProviderMounted } from './test-provider-access';

const schema = z.object({
  id: z.string().regex(/^tp_[0-9a-f]{24}$/, { error: manageCode('testPaymentInvalid') }),
  event: z.enum(['settle', 'fail', 'charge-back'], { error: manageCode('testEventUnknown') }),
});

/**
 * The test provider's dashboard: settle, fail or charge back a payment, then tell the shop by
 * webhook, as Mollie or Stripe would. It acts on anybody's payment, so the shop's staff only;
 * and a 404 where the test provider is not mounted (production). Answers are dashboard codes,
 * in the staff member's language.
 */
export const testProviderEventAction = merchantAction(
  { to: 'use the test payment provider', permission: 'payments:write', schema, invalid: 'first', revalidate: ['/test-provider/payments'] },
  async ({ id, event }) => {
    requireTestProviderMounted();
    if (!(await applyTestProviderEvent(id, event))) return { error: manageMessage('testEventRefused', { id, event }) };
    const delivered = await deliverTestWebhook(await baseUrl(), id);
    // The shop's own answer stays as it came: it is what the staff member debugs.
    if (delivered.status !== 200) return { error: manageMessage('testWebhookFailed', { status: delivered.status, body: delivered.body }) };
    return { notice: manageMessage('testEventDone', { event }) };
  },
);
