import { describe, expect, test } from 'vitest';
import type { CouponRules } from './coupon';
import { prorateChange, type TermPrice } from './proration';
import { unusedPeriodShare } from './unused-period-share';

const AMS = 'Europe/Amsterdam';
// March 2026 in Amsterdam: 31 days, with the change to summer time on the 29th.
const MARCH = { periodStart: new Date('2026-03-01T00:00:00+01:00'), periodEnd: new Date('2026-04-01T00:00:00+02:00') };
const BASIC: TermPrice = { description: 'Basic', quantity: 1, unitPriceMinor: 3100, taxRateBp: 2500 };
const PLUS: TermPrice = { description: 'Plus', quantity: 1, unitPriceMinor: 6200, taxRateBp: 2500 };

const coupon = (overrides: Partial<CouponRules>): CouponRules => ({
  code: 'SAVE',
  kind: 'percent',
  percentOff: 10,
  amountOffMinor: null,
  currency: null,
  duration: 'forever',
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

const on = (now: string, from: TermPrice, to: TermPrice, c: CouponRules | null = null, currency = 'EUR') =>
  prorateChange({ currency, from, to, coupon: c, ...MARCH, now: new Date(now), timeZone: AMS });

describe('prorateChange', () => {
  test.each([
    // 10 March is used on Basic; 21 of 31 days left: -3100 x 21/31 = -2100, +6200 x 21/31 = 4200.
    ['Basic to Plus on 10 March', '2026-03-10T12:00:00+01:00', BASIC, PLUS, null, [-2100, 4200], 2100],
    // Quantity 1 -> 3 of Basic on the first day: 30 of 31 days.
    ['Basic x1 to x3 on the first day', '2026-03-01T08:00:00+01:00', BASIC, { ...BASIC, quantity: 3 }, null, [-3000, 9000], 6000],
    // 10% off: Basic net 2790, Plus net 5580; shares 1890 and 3780; the coupon lines are the differences.
    ['with a running 10% coupon', '2026-03-10T12:00:00+01:00', BASIC, PLUS, coupon({}), [-2100, 210, 4200, -420], 1890],
    // 10.00 off each term, spread like the price: Basic net 2100 -> 1423; Plus net 5200 -> 3523.
    [
      'with a running fixed coupon',
      '2026-03-10T12:00:00+01:00',
      BASIC,
      PLUS,
      coupon({ kind: 'fixed', percentOff: null, amountOffMinor: 1000, currency: 'EUR' }),
      [-2100, 677, 4200, -677],
      2100,
    ],
    ['on the last day: nothing left to prorate', '2026-03-31T20:00:00+02:00', BASIC, PLUS, null, [], 0],
  ])('%s', (_name, now, from, to, c, amounts, total) => {
    const { invoice } = on(now, from, to, c);
    expect(invoice.lines.map((line) => line.amountMinor)).toEqual(amounts);
    expect(invoice.totalMinor).toBe(total);
    expect(invoice.taxMinor).toBe(invoice.lines.reduce((sum, line) => sum + line.taxMinor, 0));
    expect(invoice.subtotalMinor + invoice.taxMinor).toBe(invoice.totalMinor);
  });

  test('a reverse-charged buyer: every line carries the category decided for it (AE, 0 %), so the invoice holds no VAT and the same total', () => {
    const reverse = (price: TermPrice): TermPrice => ({ ...price, taxRateBp: 0, vatCategory: 'AE' });
    const { invoice } = on('2026-03-10T12:00:00+01:00', reverse(BASIC), reverse(PLUS), coupon({}));
    expect(invoice.lines.map((line) => [line.kind, line.vatCategory, line.taxMinor])).toEqual([
      ['proration', 'AE', 0],
      ['discount', 'AE', 0],
      ['proration', 'AE', 0],
      ['discount', 'AE', 0],
    ]);
    expect(invoice.totalMinor).toBe(on('2026-03-10T12:00:00+01:00', BASIC, PLUS, coupon({})).invoice.totalMinor);
    expect(invoice.taxMinor).toBe(0);
  });

  test('the lines say which plan and how many days', () => {
    const { invoice, daysUnused, daysInPeriod } = on('2026-03-10T12:00:00+01:00', BASIC, { ...PLUS, quantity: 2 });
    expect([daysUnused, daysInPeriod]).toEqual([21, 31]);
    expect(invoice.lines.map((line) => line.description)).toEqual([
      'Unused time on Basic (21 of 31 days)',
      'Remaining time on 2 × Plus (21 of 31 days)',
    ]);
  });

  test('VAT per line at each plan’s own rate, rounded once', () => {
    const { invoice } = on('2026-03-10T12:00:00+01:00', { ...BASIC, taxRateBp: 600 }, PLUS);
    // 2100 incl. 6% -> 119 VAT; 4200 incl. 25% -> 840 VAT.
    expect(invoice.lines.map((line) => line.taxMinor)).toEqual([-119, 840]);
    expect(invoice.taxMinor).toBe(721);
  });

  test('a 100% coupon leaves nothing to charge and no VAT', () => {
    const { invoice } = on('2026-03-10T12:00:00+01:00', BASIC, PLUS, coupon({ percentOff: 100 }));
    expect(invoice.totalMinor).toBe(0);
    expect(invoice.taxMinor).toBe(0);
  });

  test('a yen term has no minor units to split: whole yen per line', () => {
    const { invoice } = on('2026-03-10T12:00:00+01:00', { ...BASIC, unitPriceMinor: 1000 }, { ...PLUS, unitPriceMinor: 1500 }, null, 'JPY');
    // 1000 x 21/31 = 677.4 -> 677; 1500 x 21/31 = 1016.1 -> 1016.
    expect(invoice.lines.map((line) => line.amountMinor)).toEqual([-677, 1016]);
    expect(invoice.totalMinor).toBe(339);
  });

  test('three switches inside one term: each invoice sums exactly, and the term is paid day by day on each plan', () => {
    const plans: TermPrice[] = [
      BASIC,
      { ...BASIC, quantity: 2 },
      { description: 'Plus', quantity: 2, unitPriceMinor: 4999, taxRateBp: 2500 },
      { description: 'Premium', quantity: 3, unitPriceMinor: 7333, taxRateBp: 1500 },
    ];
    const days = ['2026-03-05T09:00:00+01:00', '2026-03-17T22:30:00+01:00', '2026-03-29T03:00:00+02:00'];
    const c = coupon({ percentOff: 15 });
    let paid = 2635; // Basic at 3100 less 15% (465), as the renewal invoice charged it.
    let expected = paid;
    for (const [i, day] of days.entries()) {
      const { invoice, daysUnused } = on(day, plans[i]!, plans[i + 1]!, c);
      expect(invoice.totalMinor).toBe(invoice.lines.reduce((sum, line) => sum + line.amountMinor, 0));
      expect(invoice.taxMinor).toBe(invoice.lines.reduce((sum, line) => sum + line.taxMinor, 0));
      expect(invoice.totalMinor).toBeGreaterThan(0);
      paid += invoice.totalMinor;
      // What each side comes to: the unused days' share of the plan's net term price.
      const net = (p: TermPrice) => {
        const gross = p.quantity * p.unitPriceMinor;
        return gross - Math.round((gross * 15) / 100);
      };
      const share = (p: TermPrice) => unusedPeriodShare({ amountMinor: net(p), ...MARCH, now: new Date(day), timeZone: AMS }).amountMinor;
      expected += share(plans[i + 1]!) - share(plans[i]!);
      expect(daysUnused).toBe([26, 14, 2][i]);
    }
    
    expect(paid).toBe(expected);
  });
});
