import type { CouponRow as Coupon } from '@/db/queries/catalog/list-coupons';
import { utcToWall } from '@/lib/billing/zone-offsets';
import { amountInputValue } from '@/lib/validations/catalog';

/**
 * A saved coupon as the coupon form's starting text. NOTE: `validUntil` is stored exclusive (the
 * midnight after the last day, in the shop's time zone): the form shows the last day itself.
 */
export function couponFormValues(coupon: Coupon, timeZone: string): Record<string, string> {
  const whole = (value: number | null) => (value === null ? '' : String(value));
  let validUntil = '';
  if (coupon.validUntil) {
    const wall = new Date(utcToWall(timeZone, coupon.validUntil.getTime()) - 1);
    validUntil = wall.toISOString().slice(0, 10);
  }
  return {
    kind: coupon.kind,
    percentOff: whole(coupon.percentOff),
    amountOff: coupon.amountOffMinor === null || !coupon.currency ? '' : amountInputValue(coupon.amountOffMinor, coupon.currency),
    currency: coupon.currency ?? '',
    duration: coupon.duration,
    durationTerms: whole(coupon.durationTerms),
    maxRedemptions: whole(coupon.maxRedemptions),
    maxRedemptionsPerCustomer: whole(coupon.maxRedemptionsPerCustomer),
    validUntil,
    planIds: (coupon.planIds ?? []).join(','),
    active: coupon.active ? 'on' : '',
  };
}

/** A new coupon's starting text: 10 % off the first term, any plan. */
export const newCouponFormValues = (): Record<string, string> => ({
  code: '',
  kind: 'percent',
  percentOff: '10',
  amountOff: '',
  currency: '',
  duration: 'once',
  durationTerms: '',
  maxRedemptions: '',
  maxRedemptionsPerCustomer: '',
  validUntil: '',
  planIds: '',
  active: 'on',
});
