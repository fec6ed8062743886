import { describe, expect, test } from 'vitest';
import type { CouponRules } from './coupon';
import { addLines, priceRenewal } from './renewal-invoice';
import { priceCheckout, type PricingItem } from './pricing';
import { prorateChange } from './proration';
import type { PriceMode } from './net-prices';

const INCL: PriceMode = { pricesIncludeVat: true };
const NET: PriceMode = { pricesIncludeVat: false };

const coupon = (overrides: Partial<CouponRules> = {}): CouponRules => ({
  code: 'SAVE',
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

const plan = (unitPriceMinor: number, overrides: Partial<Extract<PricingItem, { kind: 'plan' }>> = {}): PricingItem => ({
  kind: 'plan',
  ref: 'p',
  planId: 'plan-a',
  description: 'Plan',
  quantity: 1,
  unitPriceMinor,
  setupFeeMinor: 0,
  taxRateBp: 2500,
  trial: false,
  ...overrides,
});
const oneOff = (ref: string, unitPriceMinor: number): PricingItem => ({
  kind: 'one_off',
  ref,
  productId: `prod-${ref}`,
  description: `Product ${ref}`,
  quantity: 1,
  unitPriceMinor,
  taxRateBp: 2500,
});

type Row = [string, string, PricingItem[], CouponRules | null, PriceMode, { lines: [number, number][]; subtotal: number; tax: number; total: number }];

describe('priceCheckout in both price modes', () => {
  test.each<Row>([
    // The same €100.00 plan: the VAT is inside the price, or added to it.
    ['a plan, VAT-inclusive', 'EUR', [plan(10000)], null, INCL, { lines: [[10000, 2000]], subtotal: 8000, tax: 2000, total: 10000 }],
    ['the same plan, net', 'EUR', [plan(10000)], null, NET, { lines: [[12500, 2500]], subtotal: 10000, tax: 2500, total: 12500 }],
    // 3 x 3.33: VAT rounded once on the line (9.99 x 25 % = 2.4975 -> 2.50), never per unit.
    ['quantity 3, VAT-inclusive', 'EUR', [plan(333, { quantity: 3 })], null, INCL, { lines: [[999, 200]], subtotal: 799, tax: 200, total: 999 }],
    ['quantity 3, net', 'EUR', [plan(333, { quantity: 3 })], null, NET, { lines: [[1249, 250]], subtotal: 999, tax: 250, total: 1249 }],
    // 10 % of 19.99 is 2.00; net: VAT on the category's nets 17.99 x 25 % = 4.4975 -> 4.50.
    ['a 10 % coupon, VAT-inclusive', 'EUR', [plan(1999)], coupon(), INCL, { lines: [[1999, 400], [-200, -40]], subtotal: 1439, tax: 360, total: 1799 }],
    ['a 10 % coupon, net', 'EUR', [plan(1999)], coupon(), NET, { lines: [[2499, 500], [-250, -50]], subtotal: 1799, tax: 450, total: 2249 }],
    // A fixed coupon in a net-price shop is a net amount too.
    [
      'a fixed 5.00 coupon, net',
      'EUR',
      [plan(2000)],
      coupon({ kind: 'fixed', percentOff: null, amountOffMinor: 500, currency: 'EUR' }),
      NET,
      { lines: [[2500, 500], [-625, -125]], subtotal: 1500, tax: 375, total: 1875 },
    ],
    // Three lines of 1.01: each 0.2525 of VAT, but the category's 3.03 x 25 % = 0.7575 -> 0.76,
    // so one line carries the extra cent (EN 16931: VAT per category, not the sum of line VAT).
    [
      'three lines of one category, net',
      'EUR',
      [plan(101), oneOff('a', 101), oneOff('b', 101)],
      null,
      NET,
      { lines: [[127, 26], [126, 25], [126, 25]], subtotal: 303, tax: 76, total: 379 },
    ],
    // 0 decimals: 3 x ¥333 = ¥999 net, 10 % = 99.9 -> ¥100.
    ['yen, quantity 3, net', 'JPY', [plan(333, { quantity: 3, taxRateBp: 1000 })], null, NET, { lines: [[1099, 100]], subtotal: 999, tax: 100, total: 1099 }],
    ['yen, quantity 3, VAT-inclusive', 'JPY', [plan(333, { quantity: 3, taxRateBp: 1000 })], null, INCL, { lines: [[999, 91]], subtotal: 908, tax: 91, total: 999 }],
    // 3 decimals: 1.230 BHD x 10 % = 0.123, stated as an e-invoice may (2 decimals): 0.120.
    ['3-decimal dinars, net', 'BHD', [plan(1230, { taxRateBp: 1000 })], null, NET, { lines: [[1350, 120]], subtotal: 1230, tax: 120, total: 1350 }],
    ['3-decimal dinars, VAT-inclusive', 'BHD', [plan(1230, { taxRateBp: 1000 })], null, INCL, { lines: [[1230, 112]], subtotal: 1118, tax: 112, total: 1230 }],
    // Reverse charge: no VAT to strip and none to add; the customer pays the net price.
    ['reverse charge, net', 'EUR', [plan(10000, { taxRateBp: 0, vatCategory: 'AE' })], null, NET, { lines: [[10000, 0]], subtotal: 10000, tax: 0, total: 10000 }],
    ['export, VAT-inclusive', 'EUR', [plan(10000, { taxRateBp: 0, vatCategory: 'G' })], null, INCL, { lines: [[10000, 0]], subtotal: 10000, tax: 0, total: 10000 }],
  ])('%s (%s)', (_name, currency, items, c, mode, expected) => {
    const priced = priceCheckout({ currency, items, coupon: c, mode });
    if (!priced.ok) throw new Error(priced.error);
    const invoice = priced.value;
    expect(invoice.lines.map((line) => [line.amountMinor, line.taxMinor])).toEqual(expected.lines);
    expect({ subtotal: invoice.subtotalMinor, tax: invoice.taxMinor, total: invoice.totalMinor }).toEqual({
      subtotal: expected.subtotal,
      tax: expected.tax,
      total: expected.total,
    });
  });

  test('net prices keep the net unit price on the line, so quantity x unit price is the line net', () => {
    const priced = priceCheckout({ currency: 'EUR', items: [plan(333, { quantity: 3 })], coupon: null, mode: NET });
    if (!priced.ok) throw new Error(priced.error);
    const [line] = priced.value.lines;
    expect(line.unitAmountMinor * line.quantity).toBe(line.amountMinor - line.taxMinor);
  });
});

describe('renewals, added lines and prorations in a net-price shop', () => {
  test('a renewal of 2 x 49.99 net with a repeating 10 % coupon: VAT on the category nets', () => {
    const priced = priceRenewal({
      currency: 'EUR',
      description: 'Plan',
      quantity: 2,
      unitPriceMinor: 4999,
      taxRateBp: 2500,
      coupon: coupon({ duration: 'repeating', durationTerms: 3 }),
      couponUses: 1,
      mode: NET,
    });
    if (!priced.ok) throw new Error(priced.error);
    // Nets 99.98 and -10.00 (10 % of 99.98, HALF_UP); VAT 89.98 x 25 % = 22.495 -> 22.50.
    expect(priced.value.invoice).toMatchObject({ subtotalMinor: 8998, taxMinor: 2250, totalMinor: 11248 });
    expect(priced.value.couponUsed).toBe(true);
  });

  test('lines added to a net-price invoice settle its VAT again over all lines', () => {
    const priced = priceCheckout({ currency: 'EUR', items: [plan(101)], coupon: null, mode: NET });
    if (!priced.ok) throw new Error(priced.error);
    const more = priceCheckout({ currency: 'EUR', items: [oneOff('a', 101), oneOff('b', 101)], coupon: null, mode: NET });
    if (!more.ok) throw new Error(more.error);
    const all = addLines(priced.value, more.value.lines);
    expect(all).toMatchObject({ subtotalMinor: 303, taxMinor: 76, totalMinor: 379, pricesIncludeVat: false });
  });

  test('an upgrade on 10 March in a net-price shop: shares of the nets, VAT added per category', () => {
    const { invoice } = prorateChange({
      currency: 'EUR',
      from: { description: 'Basic', quantity: 1, unitPriceMinor: 3100, taxRateBp: 2500 },
      to: { description: 'Plus', quantity: 1, unitPriceMinor: 6200, taxRateBp: 2500 },
      coupon: null,
      periodStart: new Date('2026-03-01T00:00:00+01:00'),
      periodEnd: new Date('2026-04-01T00:00:00+02:00'),
      now: new Date('2026-03-10T12:00:00+01:00'),
      timeZone: 'Europe/Amsterdam',
      mode: NET,
    });
    // 21 of 31 days: -31.00 -> -21.00 and 62.00 -> 42.00 net, 25 % added.
    expect(invoice.lines.map((line) => [line.amountMinor, line.taxMinor])).toEqual([
      [-2625, -525],
      [5250, 1050],
    ]);
    expect(invoice).toMatchObject({ subtotalMinor: 2100, taxMinor: 525, totalMinor: 2625 });
  });
});
