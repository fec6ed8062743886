import { isSupportedCurrency } from './currency';

export type CouponTermsInput = {
  kind: 'percent' | 'fixed';
  percentOff: number | null;
  amountOffMinor: number | null;
  currency: string | null;
  duration: 'once' | 'repeating' | 'forever';
  durationTerms: number | null;
  maxRedemptions: number | null;
  maxRedemptionsPerCustomer: number | null;
  /** Exclusive end, or null for no end. */
  validUntil: Date | null;
};

/** What is wrong with a coupon, and the form field it is about. */
export type CouponProblem = { field: string; message: string };

const whole = (value: number | null, min: number, max: number) => value !== null && Number.isInteger(value) && value >= min && value <= max;

/**
 * The first problem of a coupon's terms in the order of the form, or null when the coupon is one
 * the checkout can apply (`checkCoupon` treats anything else as a bug). `now`: a code may not
 * already have ended when it is saved.
 */
export function validateCouponTerms(input: CouponTermsInput, now: Date): CouponProblem | null {
  if (input.kind === 'percent') {
    if (input.percentOff === null) return { field: 'percentOff', message: 'Enter the percentage off, from 1 to 100.' };
    if (!whole(input.percentOff, 1, 100)) {
      return { field: 'percentOff', message: `The percentage off must be a whole number from 1 to 100, not ${String(input.percentOff)}.` };
    }
    if (input.currency !== null && !isSupportedCurrency(input.currency)) {
      return { field: 'currency', message: `"${input.currency}" is not a currency code we know: use an ISO code such as EUR, or leave it empty.` };
    }
  } else {
    if (input.currency === null) return { field: 'currency', message: 'A fixed amount off needs the currency it is in, like EUR.' };
    if (!isSupportedCurrency(input.currency)) {
      return { field: 'currency', message: `"${input.currency}" is not a currency code we know: use an ISO code such as EUR or NOK.` };
    }
    if (input.amountOffMinor === null) return { field: 'amountOff', message: 'Enter the amount off.' };
    if (!Number.isSafeInteger(input.amountOffMinor) || input.amountOffMinor <= 0) {
      return { field: 'amountOff', message: 'The amount off must be more than zero.' };
    }
  }
  if (input.duration === 'repeating' && !whole(input.durationTerms, 1, 120)) {
    return { field: 'durationTerms', message: 'Enter for how many terms the discount applies: a whole number from 1 to 120.' };
  }
  if (input.maxRedemptions !== null && !whole(input.maxRedemptions, 1, 1_000_000_000)) {
    return { field: 'maxRedemptions', message: 'The number of orders in all must be a whole number of at least 1 (empty: no limit).' };
  }
  if (input.maxRedemptionsPerCustomer !== null && !whole(input.maxRedemptionsPerCustomer, 1, 1000)) {
    return {
      field: 'maxRedemptionsPerCustomer',
      message: 'The number of orders per customer must be a whole number from 1 to 1000 (empty: no limit).',
    };
  }
  if (input.validUntil !== null && input.validUntil.getTime() <= now.getTime()) {
    return { field: 'validUntil', message: 'That last day has passed: choose a later day, or leave it empty.' };
  }
  return null;
}
