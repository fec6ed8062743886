import { checkCoupon, type CouponRules } from './coupon';

/** What a customer who chose to stop is offered instead. */
export type RetentionOffer = 'pause' | 'coupon';
/** What they did with it: took the pause or the coupon, or stopped anyway. */
export const RETENTION_OUTCOMES = ['pause', 'coupon', 'stop'] as const;
export type RetentionOutcome = (typeof RETENTION_OUTCOMES)[number];

/**
 * The offers shown beside the stop (Min Side): a pause where the merchant lets this customer pause
 * this subscription now (pauseOffer), and the merchant's retention coupon when one is set, it is
 * valid now for this subscription's plan and currency, and the subscription carries no coupon yet
 * (one coupon at a time: the retention coupon never replaces a running discount).
 */
export function retentionOffers(input: {
  pauseAllowed: boolean;
  coupon: CouponRules | null;
  subscription: { couponId: string | null; planId: string; currency: string };
  now: Date;
}): RetentionOffer[] {
  const offers: RetentionOffer[] = [];
  if (input.pauseAllowed) offers.push('pause');
  if (input.coupon && input.subscription.couponId === null) {
    const fits = checkCoupon(input.coupon, { now: input.now, currency: input.subscription.currency, planIds: [input.subscription.planId] });
    if (fits.ok) offers.push('coupon');
  }
  return offers;
}
