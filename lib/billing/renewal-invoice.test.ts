import { describe, expect, test } from 'vitest';
import type { CouponRules } from './coupon';
import type { PricedInvoice, PricedLine } from './pricing';
import { addLines, priceRenewal, reminderFeeLine } from './renewal-invoice';

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
const fixed = (amountOffMinor: number, currency: string, overrides: Partial<CouponRules> = {}) =>
  coupon({ code: 'SAVE', kind: 'fixed', percentOff: null, amountOffMinor, currency, ...overrides });

/** Trendhouse monthly: €32.00 at 9% VAT. */
const renewal = (overrides: Partial<Parameters<typeof priceRenewal>[0]> = {}): Parameters<typeof priceRenewal>[0] => ({
  currency: 'EUR',
  description: 'Trendhouse — Monthly',
  quantity: 1,
  unitPriceMinor: 3200,
  taxRateBp: 900,
  coupon: null,
  couponUses: 0,
  ...overrides,
});

type Row = [PricedLine['kind'], number, number, number, number, number];
/** Lines as [kind, quantity, unit, amount, rate, tax]. */
const rows = (lines: PricedLine[]): Row[] =>
  lines.map((l) => [l.kind, l.quantity, l.unitAmountMinor, l.amountMinor, l.taxRateBp, l.taxMinor]);
const totals = (invoice: PricedInvoice) => [invoice.totalMinor, invoice.taxMinor, invoice.subtotalMinor];

const PLAN: Row = ['plan', 1, 3200, 3200, 900, 264];
const TEN_PERCENT: Row = ['discount', 1, -320, -320, 900, -26];

describe('priceRenewal', () => {
  test.each<[string, Partial<Parameters<typeof priceRenewal>[0]>, Row[], number[], boolean]>([
    ['no coupon', {}, [PLAN], [3200, 264, 2936], false],
    ['10% once, first use', { coupon: coupon({}), couponUses: 0 }, [PLAN, TEN_PERCENT], [2880, 238, 2642], true],
    ['10% once, already used', { coupon: coupon({}), couponUses: 1 }, [PLAN], [3200, 264, 2936], false],
    [
      '10% for 3 terms, third use',
      { coupon: coupon({ duration: 'repeating', durationTerms: 3 }), couponUses: 2 },
      [PLAN, TEN_PERCENT],
      [2880, 238, 2642],
      true,
    ],
    [
      '10% for 3 terms, used up',
      { coupon: coupon({ duration: 'repeating', durationTerms: 3 }), couponUses: 3 },
      [PLAN],
      [3200, 264, 2936],
      false,
    ],
    [
      '10% forever, 41st use',
      { coupon: coupon({ duration: 'forever' }), couponUses: 40 },
      [PLAN, TEN_PERCENT],
      [2880, 238, 2642],
      true,
    ],
    [
      'quantity 3, 10% forever: VAT once on the line (9600 -> 793), not per unit (3 x 264 = 792)',
      { quantity: 3, coupon: coupon({ duration: 'forever' }), couponUses: 5 },
      [
        ['plan', 3, 3200, 9600, 900, 793],
        ['discount', 1, -960, -960, 900, -79],
      ],
      [8640, 714, 7926],
      true,
    ],
    [
      'a fixed €5.00 once',
      { coupon: fixed(500, 'EUR') },
      [PLAN, ['discount', 1, -500, -500, 900, -41]],
      [2700, 223, 2477],
      true,
    ],
    [
      'a fixed €50.00 is capped at the plan line: total 0, VAT 0 (never -1)',
      { coupon: fixed(5000, 'EUR', { duration: 'forever' }), couponUses: 2 },
      [PLAN, ['discount', 1, -3200, -3200, 900, -264]],
      [0, 0, 0],
      true,
    ],
    [
      'a fixed NOK coupon on a EUR renewal is ignored',
      { coupon: fixed(5000, 'NOK') },
      [PLAN],
      [3200, 264, 2936],
      false,
    ],
    [
      'a percent coupon restricted to NOK is ignored too',
      { coupon: coupon({ currency: 'NOK' }) },
      [PLAN],
      [3200, 264, 2936],
      false,
    ],
    [
      'a coupon deactivated after redemption still applies to the subscription',
      { coupon: coupon({ active: false, duration: 'forever' }), couponUses: 1 },
      [PLAN, TEN_PERCENT],
      [2880, 238, 2642],
      true,
    ],
    [
      'a free offer term: nothing to discount, the use is not spent',
      { unitPriceMinor: 0, coupon: coupon({}) },
      [['plan', 1, 0, 0, 900, 0]],
      [0, 0, 0],
      false,
    ],
    [
      'NOK 299.00 x 2 at 25%, 100% once',
      { currency: 'NOK', unitPriceMinor: 29900, quantity: 2, taxRateBp: 2500, coupon: coupon({ percentOff: 100 }) },
      [
        ['plan', 2, 29900, 59800, 2500, 11960],
        ['discount', 1, -59800, -59800, 2500, -11960],
      ],
      [0, 0, 0],
      true,
    ],
  ])('%s', (_name, overrides, expectedRows, [total, tax, subtotal], couponUsed) => {
    const result = priceRenewal(renewal(overrides));
    if (!result.ok) throw new Error(result.error);
    expect(rows(result.value.invoice.lines)).toEqual(expectedRows);
    expect(totals(result.value.invoice)).toEqual([total, tax, subtotal]);
    expect(result.value.couponUsed).toBe(couponUsed);
    expect(result.value.invoice.currency).toBe(overrides.currency ?? 'EUR');
  });

  test('the lines in full: the plan line carries the description, the discount the coupon', () => {
    const result = priceRenewal(renewal({ coupon: fixed(500, 'EUR', { code: 'SAVE5' }) }));
    expect(result).toEqual({
      ok: true,
      value: {
        invoice: {
          currency: 'EUR',
          lines: [
            {
              kind: 'plan',
              ref: null,
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
              description: 'Coupon SAVE5 (€5.00)',
              quantity: 1,
              unitAmountMinor: -500,
              amountMinor: -500,
              taxRateBp: 900,
              taxMinor: -41,
            },
          ],
          subtotalMinor: 2477,
          taxMinor: 223,
          totalMinor: 2700,
        },
        couponUsed: true,
      },
    });
  });

  test.each([0, 1000, 1.5, -1])('quantity %s is rejected', (quantity) => {
    expect(priceRenewal(renewal({ quantity }))).toEqual({
      ok: false,
      error: 'The quantity of Trendhouse — Monthly must be a whole number from 1 to 999.',
    });
  });

  test.each<[string, Partial<Parameters<typeof priceRenewal>[0]>]>([
    ['an unknown currency', { currency: 'XYZ' }],
    ['a negative price', { unitPriceMinor: -1 }],
    ['a negative coupon use count', { coupon: coupon({}), couponUses: -1 }],
  ])('a bug upstream throws: %s', (_name, overrides) => {
    expect(() => priceRenewal(renewal(overrides))).toThrow(RangeError);
  });
});

describe('reminderFeeLine and addLines', () => {
  test.each<[number, Row]>([
    [500, ['reminder_fee', 1, 500, 500, 0, 0]],
    [7000, ['reminder_fee', 1, 7000, 7000, 0, 0]],
    [0, ['reminder_fee', 1, 0, 0, 0, 0]],
  ])('a fee of %i is outside the scope of VAT (O, no VAT)', (feeMinor, expected) => {
    const line = reminderFeeLine({ description: 'Reminder fee', feeMinor });
    expect(rows([line])).toEqual([expected]);
    expect(line.vatCategory).toBe('O');
    expect(line.ref).toBeNull();
    expect(line.description).toBe('Reminder fee');
  });

  test.each([-500, 4.5])('a fee of %s throws', (feeMinor) => {
    expect(() => reminderFeeLine({ description: 'Reminder fee', feeMinor })).toThrow(RangeError);
  });

  const discounted = () => {
    const result = priceRenewal(renewal({ coupon: coupon({}) }));
    if (!result.ok) throw new Error(result.error);
    return result.value.invoice; // 2880, VAT 238
  };

  test.each<[string, number[], number[]]>([
    ['no lines: same totals', [], [2880, 238, 2642]],
    ['a €5.00 fee', [500], [3380, 238, 3142]],
    ['two fees', [500, 750], [4130, 238, 3892]],
  ])('addLines to the discounted Trendhouse invoice: %s', (_name, fees, expected) => {
    const invoice = discounted();
    const updated = addLines(
      invoice,
      fees.map((minor) => reminderFeeLine({ description: 'Reminder fee', feeMinor: minor })),
    );
    expect(totals(updated)).toEqual(expected);
    expect(updated.lines).toHaveLength(2 + fees.length);
    expect(updated.lines.slice(0, 2)).toEqual(invoice.lines);
    expect(updated.totalMinor).toBe(updated.lines.reduce((sum, l) => sum + l.amountMinor, 0));
    expect(updated.taxMinor).toBe(updated.lines.reduce((sum, l) => sum + l.taxMinor, 0));
    // The original invoice is untouched.
    expect(totals(invoice)).toEqual([2880, 238, 2642]);
    expect(invoice.lines).toHaveLength(2);
  });
});
