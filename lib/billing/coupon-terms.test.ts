import { describe, expect, test } from 'vitest';
import { validateCouponTerms, type CouponTermsInput } from './coupon-terms';

const now = new Date('3680-03-01T12:00:00Z');
const percent: CouponTermsInput = {
  kind: 'percent',
  percentOff: 10,
  amountOffMinor: null,
  currency: null,
  duration: 'once',
  durationTerms: null,
  maxRedemptions: null,
  maxRedemptionsPerCustomer: null,
  validUntil: null,
};
const fixed: CouponTermsInput = { ...percent, kind: 'fixed', percentOff: null, amountOffMinor: 500, currency: 'EUR' };

describe('validateCouponTerms', () => {
  test.each([
    ['10 % once', percent],
    ['100 %', { ...percent, percentOff: 100 }],
    ['5.00 EUR forever', { ...fixed, duration: 'forever' as const }],
    ['3 terms, limits, an end ahead', { ...percent, duration: 'repeating' as const, durationTerms: 3, maxRedemptions: 50, maxRedemptionsPerCustomer: 1, validUntil: new Date('3680-04-01T00:00:00Z') }],
  ])('accepts %s', (_what, input) => {
    expect(validateCouponTerms(input, now)).toBeNull();
  });

  test.each([
    ['150 %', { ...percent, percentOff: 150 }, 'percentOff'],
    ['0 %', { ...percent, percentOff: 0 }, 'percentOff'],
    ['no percentage', { ...percent, percentOff: null }, 'percentOff'],
    ['text as a percentage', { ...percent, percentOff: Number.NaN }, 'percentOff'],
    ['a negative amount', { ...fixed, amountOffMinor: -500 }, 'amountOff'],
    ['a zero amount', { ...fixed, amountOffMinor: 0 }, 'amountOff'],
    ['a fixed amount without currency', { ...fixed, currency: null }, 'currency'],
    ['an unknown currency', { ...fixed, currency: 'XYZ' }, 'currency'],
    ['repeating without terms', { ...percent, duration: 'repeating' as const }, 'durationTerms'],
    ['repeating for 0 terms', { ...percent, duration: 'repeating' as const, durationTerms: 0 }, 'durationTerms'],
    ['a limit of 0 orders', { ...percent, maxRedemptions: 0 }, 'maxRedemptions'],
    ['a limit of −1 per customer', { ...percent, maxRedemptionsPerCustomer: -1 }, 'maxRedemptionsPerCustomer'],
    ['an end in the past', { ...percent, validUntil: new Date('3680-03-01T00:00:00Z') }, 'validUntil'],
  ])('refuses %s beside its field', (_what, input, field) => {
    const problem = validateCouponTerms(input as CouponTermsInput, now);
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(/\w/);
  });
});
