import { describe, expect, test } from 'vitest';
import { subscriptionMrrMinor, type SubscriptionValueInput } from './subscription-mrr';

const base: SubscriptionValueInput = {
  status: 'active',
  unitPriceMinor: 12_100,
  offerPriceMinor: null,
  offerTerms: null,
  currentTerm: 3,
  quantity: 1,
  interval: { unit: 'month', count: 1 },
  taxRateBp: 2100,
  coupon: null,
  couponUses: 0,
};
const value = (patch: Partial<SubscriptionValueInput>) => subscriptionMrrMinor({ ...base, ...patch });

describe('subscriptionMrrMinor', () => {
  test('takes the VAT out of the price: 121.00 incl. 21 % is 100.00 a month', () => {
    expect(value({})).toBe(10_000);
    expect(value({ taxRateBp: 0, unitPriceMinor: 3200 })).toBe(3200);
  });

  test.each([
    ['yearly / 12', { unit: 'year', count: 1 }, 120_000, 10_000],
    ['quarterly / 3', { unit: 'month', count: 3 }, 9_000, 3_000],
    ['half-yearly / 6', { unit: 'month', count: 6 }, 6_000, 1_000],
    ['weekly × 52 / 12', { unit: 'week', count: 1 }, 1_200, 5_200],
    ['fortnightly × 26 / 12', { unit: 'week', count: 2 }, 1_200, 2_600],
    // 1000 × 52 / 12 = 4333.33 → 4333
    ['weekly rounds half up once', { unit: 'week', count: 1 }, 1_000, 4_333],
    // 10 × 365 / 12 = 304.17 → 304
    ['daily × 365 / 12', { unit: 'day', count: 1 }, 10, 304],
  ] as const)('normalises %s', (_name, interval, unitPriceMinor, expected) => {
    expect(value({ interval, unitPriceMinor, taxRateBp: 0 })).toBe(expected);
  });

  test('multiplies by the quantity before rounding', () => {
    // 2 × 9000 / 3 months = 6000; incl. 21 % VAT of 18150: 18150 / 1.21 / 3 = 5000
    expect(value({ quantity: 2, unitPriceMinor: 9_000, taxRateBp: 0, interval: { unit: 'month', count: 3 } })).toBe(6_000);
    expect(value({ quantity: 2, unitPriceMinor: 9_075, interval: { unit: 'month', count: 3 } })).toBe(5_000);
  });

  test.each(['trialing', 'paused', 'suspended', 'canceled', 'ended'] as const)('a %s subscription counts 0', (status) => {
    expect(value({ status })).toBe(0);
  });

  test('a past-due subscription still counts', () => {
    expect(value({ status: 'past_due' })).toBe(10_000);
  });

  test('a forever coupon lowers it: 20 % off 121.00 incl. VAT is 80.00', () => {
    const coupon = { kind: 'percent', percentOff: 20, amountOffMinor: null, duration: 'forever', durationTerms: null } as const;
    expect(value({ coupon, couponUses: 7 })).toBe(8_000);
  });

  test('a fixed coupon takes its amount off the term, never below zero', () => {
    const coupon = { kind: 'fixed', percentOff: null, amountOffMinor: 2_100, duration: 'forever', durationTerms: null } as const;
    expect(value({ coupon, taxRateBp: 0 })).toBe(10_000);
    expect(value({ coupon: { ...coupon, amountOffMinor: 50_000 }, taxRateBp: 0 })).toBe(0);
  });

  test('a repeating coupon counts until its last discounted term was invoiced; a once coupon never', () => {
    const repeating = { kind: 'percent', percentOff: 50, amountOffMinor: null, duration: 'repeating', durationTerms: 3 } as const;
    expect(value({ coupon: repeating, couponUses: 2, taxRateBp: 0, unitPriceMinor: 1_000 })).toBe(500);
    expect(value({ coupon: repeating, couponUses: 3, taxRateBp: 0, unitPriceMinor: 1_000 })).toBe(1_000);
    expect(value({ coupon: { ...repeating, duration: 'once' }, couponUses: 0, taxRateBp: 0, unitPriceMinor: 1_000 })).toBe(1_000);
  });

  test("a campaign's offer price counts while the offer lasts, then the agreed price", () => {
    const campaign = { taxRateBp: 0, unitPriceMinor: 3200, offerPriceMinor: 100, offerTerms: 2 };
    expect(value({ ...campaign, currentTerm: 0 })).toBe(100);
    expect(value({ ...campaign, currentTerm: 1 })).toBe(100);
    expect(value({ ...campaign, currentTerm: 2 })).toBe(3200);
  });

  test('refuses nonsense', () => {
    expect(() => value({ interval: { unit: 'month', count: 0 } })).toThrow(RangeError);
    expect(() => value({ quantity: 0 })).toThrow(RangeError);
    expect(() => value({ unitPriceMinor: -1 })).toThrow(RangeError);
  });
});
