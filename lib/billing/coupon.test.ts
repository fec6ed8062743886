import { describe, expect, test } from 'vitest';
import { checkCoupon, couponAppliesToTerm, normalizeCouponCode, type CouponRules } from './coupon';

const base: CouponRules = {
  code: 'WELCOME10',
  kind: 'percent',
  percentOff: 10,
  amountOffMinor: null,
  currency: null,
  duration: 'once',
  durationTerms: null,
  planIds: null,
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validUntil: new Date('2026-02-01T00:00:00Z'),
  maxRedemptions: 100,
  timesRedeemed: 5,
  maxRedemptionsPerCustomer: null,
  active: true,
};
const ctx: {
  now: Date;
  currency: string;
  planIds: string[];
  customerRedemptions?: number;
} = {
  now: new Date('2026-01-15T12:00:00Z'),
  currency: 'EUR',
  planIds: ['plan-monthly', 'plan-box'],
};

describe('normalizeCouponCode', () => {
  test.each([
    ['welcome10', 'WELCOME10'],
    ['  Welcome10 \n', 'WELCOME10'],
    ['SOMMER-25', 'SOMMER-25'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeCouponCode(input)).toBe(expected);
  });
});

describe('checkCoupon', () => {
  test.each<[string, Partial<CouponRules>, Partial<typeof ctx> & { timeZone?: string }]>([
    ['a valid percent coupon', {}, {}],
    ['no limits at all', { validFrom: null, validUntil: null, maxRedemptions: null }, {}],
    ['exactly at validFrom', {}, { now: new Date('2026-01-01T00:00:00Z') }],
    ['one millisecond before validUntil', {}, { now: new Date('2026-01-31T23:59:59.999Z') }],
    ['the last redemption', { maxRedemptions: 6, timesRedeemed: 5 }, {}],
    ['once per customer, first use', { maxRedemptionsPerCustomer: 1 }, { customerRedemptions: 0 }],
    ['once per customer, customer not known yet', { maxRedemptionsPerCustomer: 1 }, {}],
    [
      'a fixed coupon in the cart currency',
      { kind: 'fixed', percentOff: null, amountOffMinor: 500, currency: 'EUR' },
      {},
    ],
    ['a plan coupon with one plan in the cart', { planIds: ['plan-other', 'plan-box'] }, {}],
    ['a repeating coupon', { duration: 'repeating', durationTerms: 3 }, {}],
  ])('accepts %s', (_name, overrides, ctxOverrides) => {
    const coupon = { ...base, ...overrides };
    expect(checkCoupon(coupon, { ...ctx, ...ctxOverrides })).toEqual({
      ok: true,
      value: coupon,
    });
  });

  test.each<[string, Partial<CouponRules>, Partial<typeof ctx> & { timeZone?: string }, string]>([
    ['inactive', { active: false }, {}, 'This code is no longer valid.'],
    [
      'inactive even if also expired',
      { active: false },
      { now: new Date('2027-01-01T00:00:00Z') },
      'This code is no longer valid.',
    ],
    ['not started', {}, { now: new Date('2025-12-31T23:59:59Z') }, 'This code is not valid yet.'],
    ['at validUntil', {}, { now: new Date('2026-02-01T00:00:00Z') }, 'This code expired on 2026-02-01.'],
    [
      'expired, printed in UTC',
      { validUntil: new Date('2026-01-31T23:00:00Z') },
      { now: new Date('2026-03-01T00:00:00Z') },
      'This code expired on 2026-01-31.',
    ],
    [
      'expired, printed in the merchant zone',
      { validUntil: new Date('2026-01-31T23:00:00Z') },
      { now: new Date('2026-03-01T00:00:00Z'), timeZone: 'Europe/Oslo' },
      'This code expired on 2026-02-01.',
    ],
    ['used up', { maxRedemptions: 5, timesRedeemed: 5 }, {}, 'This code has been used up.'],
    ['over-redeemed', { maxRedemptions: 5, timesRedeemed: 7 }, {}, 'This code has been used up.'],
    [
      'once per customer, already used by this customer',
      { maxRedemptionsPerCustomer: 1 },
      { customerRedemptions: 1 },
      'You have already used this code: it can be used once per customer.',
    ],
    [
      'twice per customer, used twice',
      { maxRedemptionsPerCustomer: 2 },
      { customerRedemptions: 2 },
      'You have already used this code 2 times: it can be used 2 times per customer.',
    ],
    [
      'a fixed coupon in another currency',
      { kind: 'fixed', percentOff: null, amountOffMinor: 500, currency: 'NOK' },
      {},
      'This code is for a different currency.',
    ],
    ['a percent coupon bound to another currency', { currency: 'SEK' }, {}, 'This code is for a different currency.'],
    ['no plan in common', { planIds: ['plan-other'] }, {}, 'This code does not apply to the plans in your cart.'],
    ['an empty plan list', { planIds: [] }, {}, 'This code does not apply to the plans in your cart.'],
    [
      'a plan coupon with no plan in the cart',
      { planIds: ['plan-box'] },
      { planIds: [] },
      'This code does not apply to the plans in your cart.',
    ],
  ])('rejects %s', (_name, overrides, ctxOverrides, error) => {
    expect(checkCoupon({ ...base, ...overrides }, { ...ctx, ...ctxOverrides })).toEqual({
      ok: false,
      error: expect.objectContaining({ message: error }),
    });
  });

  test.each<[string, Partial<CouponRules>]>([
    ['a percent coupon without percentOff', { percentOff: null }],
    ['a percent above 100', { percentOff: 101 }],
    ['a zero percent', { percentOff: 0 }],
    ['a fixed coupon without currency', { kind: 'fixed', percentOff: null, amountOffMinor: 500, currency: null }],
    [
      'a fixed coupon with a fractional amount',
      { kind: 'fixed', percentOff: null, amountOffMinor: 5.5, currency: 'EUR' },
    ],
    ['a repeating coupon without terms', { duration: 'repeating', durationTerms: null }],
  ])('throws on malformed data: %s', (_name, overrides) => {
    expect(() => checkCoupon({ ...base, ...overrides }, ctx)).toThrow(RangeError);
  });
});

describe('couponAppliesToTerm', () => {
  test.each<[CouponRules['duration'], number | null, number, boolean]>([
    ['once', null, 0, true],
    ['once', null, 1, false],
    ['once', null, 12, false],
    ['repeating', 3, 0, true],
    ['repeating', 3, 2, true],
    ['repeating', 3, 3, false],
    ['repeating', 1, 1, false],
    ['forever', null, 0, true],
    ['forever', null, 1000, true],
  ])('%s (%j terms) applies to term %i: %s', (duration, durationTerms, termIndex, expected) => {
    expect(couponAppliesToTerm({ duration, durationTerms }, termIndex)).toBe(expected);
  });

  test('a negative term is a bug', () => {
    expect(() => couponAppliesToTerm({ duration: 'forever', durationTerms: null }, -1)).toThrow(RangeError);
  });
});
