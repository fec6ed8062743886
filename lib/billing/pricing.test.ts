import { describe, expect, test } from 'vitest';
import type { CouponRules } from './coupon';
import { priceCheckout, type PricedLine, type PricingItem } from './pricing';

const coupon = (overrides: Partial<CouponRules>): CouponRules => ({
  code: 'WELCOME10',
  kind: 'percent',
  percentOff: 10,
  amountOffMinor: null,
  currency: null,
  duration: 'once',
  durationTerms: null,
  planIds: null,
  validFrom: null,
  validUntil: null,
  maxRedemptions: null,
  timesRedeemed: 0,
  maxRedemptionsPerCustomer: null,
  active: true,
  ...overrides,
});

const plan = (overrides: Partial<Extract<PricingItem, { kind: 'plan' }>> = {}): PricingItem => ({
  kind: 'plan',
  ref: '0',
  planId: 'plan-a',
  description: 'Trendhouse — Monthly',
  quantity: 1,
  unitPriceMinor: 3200,
  setupFeeMinor: 0,
  taxRateBp: 900,
  trial: false,
  ...overrides,
});
const oneOff = (overrides: Partial<Extract<PricingItem, { kind: 'one_off' }>> = {}): PricingItem => ({
  kind: 'one_off',
  ref: '1',
  productId: 'prod-mug',
  description: 'Mug',
  quantity: 1,
  unitPriceMinor: 2495,
  taxRateBp: 2500,
  ...overrides,
});
const shipping = (unitPriceMinor = 4900): PricingItem => ({
  kind: 'shipping',
  ref: 'shipping',
  description: 'Shipping: Posten',
  unitPriceMinor,
  taxRateBp: 2500,
});

type Row = [PricedLine['kind'], string | null, number, number, number, number, number];
/** Lines as [kind, ref, quantity, unit, amount, rate, tax] for compact, exact expectations. */
const rows = (lines: PricedLine[]): Row[] =>
  lines.map((l) => [l.kind, l.ref, l.quantity, l.unitAmountMinor, l.amountMinor, l.taxRateBp, l.taxMinor]);

describe('priceCheckout', () => {
  test('Trendhouse monthly 3200 at 9% with WELCOME10 (10%)', () => {
    const result = priceCheckout({ currency: 'EUR', items: [plan()], coupon: coupon({}) });
    expect(result).toEqual({
      ok: true,
      value: {
        currency: 'EUR',
        lines: [
          {
            kind: 'plan',
            ref: '0',
            description: 'Trendhouse — Monthly',
            quantity: 1,
            unitAmountMinor: 3200,
            amountMinor: 3200,
            taxRateBp: 900,
            taxMinor: 264,
          },
          {
            kind: 'discount',
            ref: null,
            description: 'Coupon WELCOME10 (10%)',
            quantity: 1,
            unitAmountMinor: -320,
            amountMinor: -320,
            taxRateBp: 900,
            taxMinor: -26,
          },
        ],
        subtotalMinor: 2642,
        taxMinor: 238,
        totalMinor: 2880,
      },
    });
  });

  const mixedCart = [plan({ quantity: 2, setupFeeMinor: 4900 }), oneOff(), shipping()];

  test.each<[string, PricingItem[], CouponRules | null, Row[], { total: number; tax: number }]>([
    [
      'no coupon: plan x2, setup fee, one-off and shipping',
      mixedCart,
      null,
      [
        ['plan', '0', 2, 3200, 6400, 900, 528],
        ['setup_fee', '0', 1, 4900, 4900, 900, 405],
        ['one_off', '1', 1, 2495, 2495, 2500, 499],
        ['shipping', 'shipping', 1, 4900, 4900, 2500, 980],
      ],
      { total: 18695, tax: 2412 },
    ],
    [
      'a fixed coupon allocated over two tax rates, one discount line per rate',
      mixedCart,
      coupon({ code: 'SAVE50', kind: 'fixed', percentOff: null, amountOffMinor: 5000, currency: 'EUR' }),
      [
        ['plan', '0', 2, 3200, 6400, 900, 528],
        ['setup_fee', '0', 1, 4900, 4900, 900, 405],
        ['one_off', '1', 1, 2495, 2495, 2500, 499],
        ['shipping', 'shipping', 1, 4900, 4900, 2500, 980],
        // 5000 over [6400, 4900, 2495] = [2320, 1776, 904]: 4096 at 9%, 904 at 25%
        ['discount', null, 1, -4096, -4096, 900, -338],
        ['discount', null, 1, -904, -904, 2500, -181],
      ],
      { total: 13695, tax: 1893 },
    ],
    [
      'a percent coupon: per line HALF_UP, shipping not discounted',
      mixedCart,
      coupon({}),
      [
        ['plan', '0', 2, 3200, 6400, 900, 528],
        ['setup_fee', '0', 1, 4900, 4900, 900, 405],
        ['one_off', '1', 1, 2495, 2495, 2500, 499],
        ['shipping', 'shipping', 1, 4900, 4900, 2500, 980],
        ['discount', null, 1, -1130, -1130, 900, -93], // 640 + 490
        ['discount', null, 1, -250, -250, 2500, -50], // 249.5 -> 250
      ],
      { total: 17315, tax: 2269 },
    ],
    [
      'a plan coupon discounts only its plan (not other plans, one-offs or shipping)',
      [
        plan(),
        plan({ ref: '1', planId: 'plan-b', unitPriceMinor: 1000, taxRateBp: 2500 }),
        oneOff({ ref: '2' }),
        shipping(),
      ],
      coupon({ planIds: ['plan-b'] }),
      [
        ['plan', '0', 1, 3200, 3200, 900, 264],
        ['plan', '1', 1, 1000, 1000, 2500, 200],
        ['one_off', '2', 1, 2495, 2495, 2500, 499],
        ['shipping', 'shipping', 1, 4900, 4900, 2500, 980],
        ['discount', null, 1, -100, -100, 2500, -20],
      ],
      { total: 11495, tax: 1923 },
    ],
    [
      'percent per line, not on the sum: 10% of 2495 twice is 500, not 499',
      [plan({ unitPriceMinor: 2495 }), plan({ ref: '1', unitPriceMinor: 2495 })],
      coupon({}),
      [
        ['plan', '0', 1, 2495, 2495, 900, 206],
        ['plan', '1', 1, 2495, 2495, 900, 206],
        ['discount', null, 1, -500, -500, 900, -41],
      ],
      { total: 4490, tax: 371 },
    ],
    [
      'a fixed coupon larger than the eligible lines stops at them; shipping is still paid',
      [plan(), shipping()],
      coupon({ code: 'BIG', kind: 'fixed', percentOff: null, amountOffMinor: 100000, currency: 'EUR' }),
      [
        ['plan', '0', 1, 3200, 3200, 900, 264],
        ['shipping', 'shipping', 1, 4900, 4900, 2500, 980],
        ['discount', null, 1, -3200, -3200, 900, -264],
      ],
      { total: 4900, tax: 980 },
    ],
    [
      'a 100% coupon takes back exactly the VAT of its lines (not the VAT of their sum)',
      [plan({ unitPriceMinor: 2, taxRateBp: 2500 }), oneOff({ unitPriceMinor: 2 })],
      coupon({ code: 'FREE', percentOff: 100 }),
      [
        ['plan', '0', 1, 2, 2, 2500, 0],
        ['one_off', '1', 1, 2, 2, 2500, 0],
        ['discount', null, 1, -4, -4, 2500, 0], // VAT of 4 alone would be 0.8 -> 1
      ],
      { total: 0, tax: 0 },
    ],
    [
      "a 100% coupon where the VAT of the sum rounds below the lines' VAT still zeroes the VAT",
      [plan({ unitPriceMinor: 3, taxRateBp: 2500 }), oneOff({ unitPriceMinor: 3 })],
      coupon({ code: 'FREE', percentOff: 100 }),
      [
        ['plan', '0', 1, 3, 3, 2500, 1], // 0.6 -> 1
        ['one_off', '1', 1, 3, 3, 2500, 1],
        ['discount', null, 1, -6, -6, 2500, -2], // VAT of 6 alone would be 1.2 -> 1
      ],
      { total: 0, tax: 0 },
    ],
    [
      'a trial: no plan line now, the setup fee is charged and discounted',
      [plan({ trial: true, setupFeeMinor: 4900 })],
      coupon({ planIds: ['plan-a'] }),
      [
        ['setup_fee', '0', 1, 4900, 4900, 900, 405],
        ['discount', null, 1, -490, -490, 900, -40],
      ],
      { total: 4410, tax: 365 },
    ],
    ['a trial without setup fee costs nothing today', [plan({ trial: true })], coupon({}), [], { total: 0, tax: 0 }],
    [
      'a discount that rounds to 0 gives no line',
      [plan({ unitPriceMinor: 4 })],
      coupon({}),
      [['plan', '0', 1, 4, 4, 900, 0]],
      { total: 4, tax: 0 },
    ],
    [
      'JPY (exponent 0)',
      [plan({ unitPriceMinor: 1980, taxRateBp: 1000 })],
      coupon({}),
      [
        ['plan', '0', 1, 1980, 1980, 1000, 180],
        ['discount', null, 1, -198, -198, 1000, -18],
      ],
      { total: 1782, tax: 162 },
    ],
  ])('%s', (_name, items, activeCoupon, expectedRows, { total, tax }) => {
    const currency = _name.startsWith('JPY') ? 'JPY' : 'EUR';
    const result = priceCheckout({ currency, items, coupon: activeCoupon });
    if (!result.ok) throw new Error(result.error);
    expect(rows(result.value.lines)).toEqual(expectedRows);
    expect(result.value.totalMinor).toBe(total);
    expect(result.value.taxMinor).toBe(tax);
    expect(result.value.subtotalMinor).toBe(total - tax);
    expect(result.value.totalMinor).toBe(result.value.lines.reduce((sum, l) => sum + l.amountMinor, 0));
    expect(result.value.taxMinor).toBe(result.value.lines.reduce((sum, l) => sum + l.taxMinor, 0));
  });

  test('discount and setup fee descriptions', () => {
    const result = priceCheckout({
      currency: 'EUR',
      items: [plan({ setupFeeMinor: 4900 })],
      coupon: coupon({ code: 'SAVE5', kind: 'fixed', percentOff: null, amountOffMinor: 500, currency: 'EUR' }),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.lines.map((l) => l.description)).toEqual([
      'Trendhouse — Monthly',
      'Setup fee: Trendhouse — Monthly',
      'Coupon SAVE5 (€5.00)',
    ]);
  });

  test.each([
    [0, false],
    [1, true],
    [999, true],
    [1000, false],
    [1.5, false],
    [-1, false],
    [Number.NaN, false],
  ])('quantity %d accepted: %s', (quantity, accepted) => {
    for (const item of [plan({ quantity }), oneOff({ quantity })]) {
      const result = priceCheckout({ currency: 'EUR', items: [item], coupon: null });
      const name = item.kind === 'plan' ? 'Trendhouse — Monthly' : 'Mug';
      expect(result).toEqual(
        accepted
          ? expect.objectContaining({ ok: true })
          : { ok: false, error: `The quantity of ${name} must be a whole number from 1 to 999.` },
      );
    }
  });

  test('an empty cart is refused', () => {
    expect(priceCheckout({ currency: 'EUR', items: [], coupon: null })).toEqual({
      ok: false,
      error: 'Your cart is empty.',
    });
  });

  test.each<[string, () => unknown]>([
    [
      'a fixed coupon in another currency (checkCoupon was skipped)',
      () =>
        priceCheckout({
          currency: 'EUR',
          items: [plan()],
          coupon: coupon({ kind: 'fixed', percentOff: null, amountOffMinor: 500, currency: 'NOK' }),
        }),
    ],
    ['an unknown currency', () => priceCheckout({ currency: 'XYZ', items: [plan()], coupon: null })],
    ['a negative price', () => priceCheckout({ currency: 'EUR', items: [plan({ unitPriceMinor: -1 })], coupon: null })],
    [
      'a fractional price',
      () => priceCheckout({ currency: 'EUR', items: [oneOff({ unitPriceMinor: 0.5 })], coupon: null }),
    ],
    [
      'a tax rate above 100%',
      () => priceCheckout({ currency: 'EUR', items: [plan({ taxRateBp: 10001 })], coupon: null }),
    ],
  ])('throws on a bug: %s', (_name, run) => {
    expect(run).toThrow();
  });
});
