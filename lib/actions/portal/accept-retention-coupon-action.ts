'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { acceptRetentionCoupon } from '@/lib/services/subscriptions/pause/accept-retention-coupon';
import { acceptRetentionCouponSchema } from '@/lib/validations/subscription-pause';
import { pauseAnswer } from './pause-answer';

/** The customer stays with the shop's retention coupon instead of stopping; another's id is a 404. */
export const acceptRetentionCouponAction = customerAction(
  { to: 'accept an offer', schema: acceptRetentionCouponSchema, invalid: 'first', revalidate: ['/account'] },
  async (input, { viewer }) => {
    const result = await acceptRetentionCoupon({ customerId: viewer.customerId, subscriptionId: input.subscriptionId, now: new Date() });
    return pauseAnswer(viewer.customerId, result.ok ? { ok: true, value: null } : result, 'couponAccepted');
  },
);
