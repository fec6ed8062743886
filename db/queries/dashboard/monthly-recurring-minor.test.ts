import { describe, expect, test } from 'vitest';
import { monthlyRecurringMinor, type RecurringCharge } from './monthly-recurring-minor';

const monthly = (amountMinor: number, quantity = 1): RecurringCharge => ({
  amountMinor,
  quantity,
  intervalUnit: 'month',
  intervalCount: 1,
});

describe('monthlyRecurringMinor', () => {
  test.each<{ name: string; charges: RecurringCharge[]; expected: number }>([
    { name: 'nothing', charges: [], expected: 0 },
    { name: 'monthly', charges: [monthly(3200)], expected: 3200 },
    { name: 'every 2 months', charges: [{ amountMinor: 5000, intervalUnit: 'month', intervalCount: 2 }], expected: 2500 },
    { name: 'quarterly (3 months)', charges: [{ amountMinor: 9000, intervalUnit: 'month', intervalCount: 3 }], expected: 3000 },
    // 32000 / 12 = 2666.67
    { name: 'yearly', charges: [{ amountMinor: 32000, intervalUnit: 'year', intervalCount: 1 }], expected: 2667 },
    // 60000 / 24 = 2500
    { name: 'every 2 years', charges: [{ amountMinor: 60000, intervalUnit: 'year', intervalCount: 2 }], expected: 2500 },
    // 1000 × 52 / 12 = 4333.33
    { name: 'weekly', charges: [{ amountMinor: 1000, intervalUnit: 'week', intervalCount: 1 }], expected: 4333 },
    // 1000 × 52 / 24 = 2166.67
    { name: 'every 2 weeks', charges: [{ amountMinor: 1000, intervalUnit: 'week', intervalCount: 2 }], expected: 2167 },
    // 100 × 365 / 12 = 3041.67
    { name: 'daily', charges: [{ amountMinor: 100, intervalUnit: 'day', intervalCount: 1 }], expected: 3042 },
    // 700 × 365 / (12 × 7) = 3041.67: 7 days is not a week of 52/12
    { name: 'every 7 days', charges: [{ amountMinor: 700, intervalUnit: 'day', intervalCount: 7 }], expected: 3042 },
    { name: 'quantity > 1, monthly', charges: [monthly(2495, 3)], expected: 7485 },
    // 3 × 32000 / 12 = 8000 exactly
    { name: 'quantity > 1, yearly', charges: [{ amountMinor: 32000, quantity: 3, intervalUnit: 'year', intervalCount: 1 }], expected: 8000 },
    // 3200 + 3000 + 2666.67 = 8866.67
    {
      name: 'mixed intervals',
      charges: [
        monthly(3200),
        { amountMinor: 9000, intervalUnit: 'month', intervalCount: 3 },
        { amountMinor: 32000, intervalUnit: 'year', intervalCount: 1 },
      ],
      expected: 8867,
    },
    // 30 / 12 = 2.5: HALF_UP
    { name: 'rounds an exact half up', charges: [{ amountMinor: 30, intervalUnit: 'year', intervalCount: 1 }], expected: 3 },
    // 29 / 12 = 2.417
    { name: 'rounds below a half down', charges: [{ amountMinor: 29, intervalUnit: 'year', intervalCount: 1 }], expected: 2 },
    // per charge: 0.5 → 1 twice = 2; once at the end: 12 / 12 = 1
    {
      name: 'rounds once at the end, not per charge (up-drift)',
      charges: [
        { amountMinor: 6, intervalUnit: 'year', intervalCount: 1 },
        { amountMinor: 6, intervalUnit: 'year', intervalCount: 1 },
      ],
      expected: 1,
    },
    // per charge: 0.17 → 0 three times = 0; once at the end: 6 / 12 = 0.5 → 1
    {
      name: 'rounds once at the end, not per charge (down-drift)',
      charges: [1, 2, 3].map(() => ({ amountMinor: 2, intervalUnit: 'year' as const, intervalCount: 1 })),
      expected: 1,
    },
    // 1/3 + 1/3 + 1/3 of a cent per month is exactly one cent
    {
      name: 'sums thirds exactly',
      charges: [1, 2, 3].map(() => ({ amountMinor: 1, intervalUnit: 'month' as const, intervalCount: 3 })),
      expected: 1,
    },
    { name: 'bigint amounts from SQL sums', charges: [{ amountMinor: 9_000_000_000_000n, intervalUnit: 'month', intervalCount: 3 }], expected: 3_000_000_000_000 },
  ])('$name', ({ charges, expected }) => {
    expect(monthlyRecurringMinor(charges)).toBe(expected);
  });

  test.each([0, -1, 1.5])('rejects interval count %s', (intervalCount) => {
    expect(() => monthlyRecurringMinor([{ amountMinor: 100, intervalUnit: 'month', intervalCount }])).toThrow(RangeError);
  });

  test('rejects an amount that is not a safe integer', () => {
    expect(() => monthlyRecurringMinor([monthly(10.5)])).toThrow(RangeError);
  });
});
