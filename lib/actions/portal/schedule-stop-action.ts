'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { scheduleSubscriptionStop } from '@/lib/services/subscriptions/schedule-subscription-stop';
import { recordRetentionDeclined } from '@/lib/services/subscriptions/pause/accept-retention-coupon';
import { scheduleStopSchema } from '@/lib/validations/subscription-stop';
import { stopAnswer } from './stop-answer';

/** The customer stops one of their subscriptions at the end of its term, saying why; another's id is a 404. */
export const scheduleStopAction = customerAction(
  { to: 'stop a subscription', schema: scheduleStopSchema, invalid: 'first', revalidate: ['/account'] },
  async (input, { viewer }) => {
    const now = new Date();
    const result = await scheduleSubscriptionStop({ customerId: viewer.customerId, ...input, now });
    // Stopped although offered a pause or the retention coupon: kept for the merchant.
    if (result.ok) await recordRetentionDeclined({ customerId: viewer.customerId, subscriptionId: input.subscriptionId, now });
    return stopAnswer(viewer.customerId, result.ok ? { ok: true, value: result.value.endsAt } : result, 'stopped');
  },
);
