import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { assertMinor } from './rounding';
import { err, ok, type Result } from './result';
import { assertTimeZone } from './time-zone';

/**
 * Why a code does not apply: a stable `code` (the customer reads its message from the catalog,
 * `errors.<code>`, with `params`) and the English `message` for logs and the API.
 */
export type CouponRefusal = {
  code:
    | 'coupon_inactive'
    | 'coupon_not_yet_valid'
    | 'coupon_expired'
    | 'coupon_other_currency'
    | 'coupon_other_plans'
    | 'coupon_used_up'
    | 'coupon_used_by_customer'
    | 'coupon_unknown';
  message: string;
  params?: Record<string, string | number>;
};

const refusal = (code: CouponRefusal['code'], message: string, params?: CouponRefusal['params']) =>
  err<CouponRefusal>(params ? { code, message, params } : { code, message });

export type CouponRules = {
  code: string;
  kind: 'percent' | 'fixed';
  percentOff: number | null;
  amountOffMinor: number | null;
  currency: string | null;
  duration: 'once' | 'repeating' | 'forever';
  durationTerms: number | null;
  planIds: string[] | null;
  validFrom: Date | null;
  validUntil: Date | null;
  maxRedemptions: number | null;
  timesRedeemed: number;
  /** Orders one customer may place with the code (1: once per customer); null: no limit. */
  maxRedemptionsPerCustomer: number | null;
  active: boolean;
};

export function normalizeCouponCode(input: string): string {
  return input.trim().toUpperCase();
}

/** A coupon that breaks its own shape is bad data that should never have been saved: a bug. */
function assertWellFormed(coupon: CouponRules): void {
  if (coupon.kind === 'percent') {
    const p = coupon.percentOff;
    if (p === null || !Number.isFinite(p) || p <= 0 || p > 100) {
      throw new RangeError(`Coupon ${coupon.code}: percentOff must be in (0, 100], got ${p}`);
    }
  } else {
    if (coupon.amountOffMinor === null || coupon.currency === null) {
      throw new RangeError(`Coupon ${coupon.code}: a fixed coupon needs amountOffMinor and currency`);
    }
    assertMinor(coupon.amountOffMinor, 'amountOffMinor');
    if (coupon.amountOffMinor <= 0) throw new RangeError(`Coupon ${coupon.code}: amountOffMinor must be positive`);
  }
  if (coupon.duration === 'repeating') {
    const n = coupon.durationTerms;
    if (n === null || !Number.isInteger(n) || n < 1) {
      throw new RangeError(`Coupon ${coupon.code}: a repeating coupon needs durationTerms >= 1, got ${n}`);
    }
  }
}

/**
 * Whether a customer may redeem `coupon` now for a cart in `currency` with `planIds`.
 * The errors are shown to the customer as they are, so each says what is wrong in their terms.
 *
 * NOTE: `validUntil` is exclusive (valid while now < validUntil). The expiry date is printed in
 * `timeZone` (the merchant's; UTC when not given) because a customer reads a calendar date.
 */
export function checkCoupon(
  coupon: CouponRules,
  ctx: {
    now: Date;
    currency: string;
    planIds: string[];
    timeZone?: string;
    /** Orders this customer already placed with the code (0 when the customer is not known yet). */
    customerRedemptions?: number;
  },
): Result<CouponRules, CouponRefusal> {
  assertWellFormed(coupon);
  const now = ctx.now.getTime();
  if (!coupon.active) return refusal('coupon_inactive', 'This code is no longer valid.');
  if (coupon.validFrom !== null && now < coupon.validFrom.getTime()) return refusal('coupon_not_yet_valid', 'This code is not valid yet.');
  if (coupon.validUntil !== null && now >= coupon.validUntil.getTime()) {
    const timeZone = ctx.timeZone ?? 'UTC';
    assertTimeZone(timeZone);
    const date = format(new TZDate(coupon.validUntil.getTime(), timeZone), 'yyyy-MM-dd');
    return refusal('coupon_expired', `This code expired on ${date}.`, { date });
  }
  const limits = checkRedemptionLimits(coupon, ctx.customerRedemptions ?? 0);
  if (!limits.ok) return limits;
  if (coupon.currency !== null && coupon.currency !== ctx.currency) return refusal('coupon_other_currency', 'This code is for a different currency.');
  if (coupon.planIds !== null && !coupon.planIds.some((id) => ctx.planIds.includes(id))) {
    return refusal('coupon_other_plans', 'This code does not apply to the plans in your cart.');
  }
  return ok(coupon);
}

/**
 * Whether one more order may use the code: the shop-wide cap (`timesRedeemed` of
 * `maxRedemptions`) and the per-customer limit against the `customerRedemptions` orders this
 * customer already placed with it. Checked again when the order is placed, with the coupon row
 * locked, so concurrent checkouts cannot use more than the cap.
 */
export function checkRedemptionLimits(
  coupon: Pick<CouponRules, 'maxRedemptions' | 'timesRedeemed' | 'maxRedemptionsPerCustomer'>,
  customerRedemptions: number,
): Result<true, CouponRefusal> {
  if (coupon.maxRedemptions !== null && coupon.timesRedeemed >= coupon.maxRedemptions) {
    return refusal('coupon_used_up', 'This code has been used up.');
  }
  const perCustomer = coupon.maxRedemptionsPerCustomer;
  if (perCustomer !== null && customerRedemptions >= perCustomer) {
    return refusal(
      'coupon_used_by_customer',
      perCustomer === 1
        ? 'You have already used this code: it can be used once per customer.'
        : `You have already used this code ${customerRedemptions} times: it can be used ${perCustomer} times per customer.`,
      { used: customerRedemptions, limit: perCustomer },
    );
  }
  return ok(true);
}

/**
 * Whether the coupon discounts term `termIndex` (0 = the first billed term).
 *
 * NOTE: terms count billed terms from the anchor, so with a trial "once" means the first paid
 * term after the trial, not the trial itself.
 */
export function couponAppliesToTerm(
  coupon: Pick<CouponRules, 'duration' | 'durationTerms'>,
  termIndex: number,
): boolean {
  if (!Number.isSafeInteger(termIndex) || termIndex < 0) {
    throw new RangeError(`Term index must be a non-negative integer, got ${termIndex}`);
  }
  switch (coupon.duration) {
    case 'once':
      return termIndex === 0;
    case 'repeating':
      if (coupon.durationTerms === null) throw new RangeError('A repeating coupon needs durationTerms');
      return termIndex < coupon.durationTerms;
    case 'forever':
      return true;
  }
}
