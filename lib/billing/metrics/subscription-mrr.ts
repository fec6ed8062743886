import type { SubscriptionStatus } from '../lifecycle';
import type { IntervalUnit } from '../periods';
import { priceForTerm } from '../plan-terms';
import { divideHalfUp, toExactDecimal } from '../rounding';
import { MONTHS_PER_UNIT } from './months-per-unit';

/**
 * The statuses whose subscriptions count in MRR: paying ones, and those whose payment is late but
 * whose service goes on. Trials have not paid yet; paused, suspended, canceled (terminated by
 * dunning, waiting for its end) and ended ones deliver nothing and are not billed.
 */
export const MRR_STATUSES: readonly SubscriptionStatus[] = ['active', 'past_due'];

/** A coupon as far as it lowers the recurring price. */
export type RecurringCoupon = {
  kind: 'percent' | 'fixed';
  percentOff: number | null;
  amountOffMinor: number | null;
  duration: 'once' | 'repeating' | 'forever';
  durationTerms: number | null;
};

export type SubscriptionValueInput = {
  status: SubscriptionStatus;
  /** Price per term, VAT included (as agreed on the subscription). */
  unitPriceMinor: number;
  /** A campaign frozen on the subscription: this price for its first `offerTerms` terms. */
  offerPriceMinor: number | null;
  offerTerms: number | null;
  /** The term the subscription is in (0 = the first billed term). */
  currentTerm: number;
  quantity: number;
  interval: { unit: IntervalUnit; count: number };
  /** VAT of the plan in basis points; the price includes it. */
  taxRateBp: number;
  coupon: RecurringCoupon | null;
  /** Terms the coupon has been used on so far. */
  couponUses: number;
};

/**
 * Whether the coupon still lowers the price of the terms to come: a `forever` coupon always, a
 * `repeating` one until its last discounted term has been invoiced, a `once` coupon never (a
 * one-time discount is not recurring revenue).
 */
export function couponIsRecurring(coupon: RecurringCoupon | null, couponUses: number): coupon is RecurringCoupon {
  if (coupon === null) return false;
  if (coupon.duration === 'forever') return true;
  if (coupon.duration === 'repeating') return coupon.durationTerms !== null && couponUses < coupon.durationTerms;
  return false;
}

/**
 * One subscription's MRR in minor units: the recurring price of its current term (a campaign's
 * offer price while the offer lasts) after recurring discounts,
 * excluding VAT, normalised to a month (yearly / 12, quarterly / 3, weekly × 52 / 12,
 * daily × 365 / 12); 0 when its status does not count (MRR_STATUSES).
 *
 * NOTE: computed as one exact fraction and rounded HALF_UP once per subscription, so that every
 * subscription has a whole value and the movements of the ledger add up exactly to the MRR.
 */
export function subscriptionMrrMinor(input: SubscriptionValueInput): number {
  if (!MRR_STATUSES.includes(input.status)) return 0;
  const { unit, count } = input.interval;
  if (!Number.isInteger(count) || count <= 0) throw new RangeError(`Interval count must be a positive integer, got ${count}`);
  if (!Number.isSafeInteger(input.unitPriceMinor) || input.unitPriceMinor < 0) {
    throw new RangeError(`Unit price must be a non-negative safe integer, got ${input.unitPriceMinor}`);
  }
  if (!Number.isInteger(input.quantity) || input.quantity <= 0) throw new RangeError(`Quantity must be positive, got ${input.quantity}`);
  if (!Number.isInteger(input.taxRateBp) || input.taxRateBp < 0 || input.taxRateBp > 10_000) {
    throw new RangeError(`Tax rate must be 0..10000 basis points, got ${input.taxRateBp}`);
  }

  // The current term's price: a campaign's offer while it lasts, then the agreed price.
  const { unitPriceMinor } = priceForTerm({
    listPriceMinor: input.unitPriceMinor,
    offerPriceMinor: input.offerPriceMinor,
    offerTerms: input.offerTerms,
    term: Math.max(0, input.currentTerm),
  });
  // The term's gross price after the recurring discount, as numerator / denominator.
  const gross = BigInt(unitPriceMinor) * BigInt(input.quantity);
  let numerator = gross;
  let denominator = 1n;
  const coupon = input.coupon;
  if (couponIsRecurring(coupon, input.couponUses)) {
    if (coupon.kind === 'percent') {
      const { units, scale } = toExactDecimal(coupon.percentOff ?? 0);
      const hundred = 100n * 10n ** BigInt(scale);
      const kept = hundred - units;
      numerator = gross * (kept < 0n ? 0n : kept);
      denominator = hundred;
    } else {
      const off = BigInt(coupon.amountOffMinor ?? 0);
      numerator = off >= gross ? 0n : gross - off;
    }
  }
  // Excluding VAT: gross × 10000 / (10000 + rate).
  numerator *= 10_000n;
  denominator *= 10_000n + BigInt(input.taxRateBp);
  // Per month: amount per term ÷ months per term.
  const { months, per } = MONTHS_PER_UNIT[unit];
  numerator *= per;
  denominator *= months * BigInt(count);
  return divideHalfUp(numerator, denominator);
}
