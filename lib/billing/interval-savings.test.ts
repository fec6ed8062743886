import { describe, expect, test } from 'vitest';
import { intervalSavings, savingPercent, type SavingsPlan } from './interval-savings';

const plan = (id: string, priceMinor: number, intervalUnit: string, intervalCount = 1, currency = 'EUR'): SavingsPlan => ({
  id,
  priceMinor,
  currency,
  intervalUnit,
  intervalCount,
});

describe('savingPercent', () => {
  test.each([
    // [what, short, long, expected whole percent, rounded down]
    ['yearly 320 vs monthly 32 (16.67 %)', plan('m', 3200, 'month'), plan('y', 32000, 'year'), 16],
    ['yearly 10 × monthly: exactly 16.66…, not 17', plan('m', 1000, 'month'), plan('y', 10000, 'year'), 16],
    ['quarterly 90 vs monthly 32 (6.25 %)', plan('m', 3200, 'month'), plan('q', 9000, 'month', 3), 6],
    ['yearly at half the monthly price', plan('m', 1000, 'month'), plan('y', 6000, 'year'), 50],
    ['yearly at exactly 12 × monthly saves nothing', plan('m', 1000, 'month'), plan('y', 12000, 'year'), 0],
    ['a dearer longer plan saves nothing', plan('m', 1000, 'month'), plan('y', 13000, 'year'), 0],
    ['monthly vs weekly: 52/12 weeks a month', plan('w', 1000, 'week'), plan('m', 4000, 'month'), 7],
    ['2-yearly vs yearly', plan('y', 10000, 'year'), plan('2y', 18000, 'year', 2), 10],
    ['a free reference plan', plan('m', 0, 'month'), plan('y', 0, 'year'), 0],
    ['a free longer plan saves everything', plan('m', 1000, 'month'), plan('y', 0, 'year'), 100],
    ['0-decimal currency, large amounts stay exact', plan('m', 99_999_999_999, 'month'), plan('y', 999_999_999_990, 'year'), 16],
    ['just under 1 %', plan('m', 10000, 'month'), plan('y', 118801, 'year'), 0],
    ['just at 1 %', plan('m', 10000, 'month'), plan('y', 118800, 'year'), 1],
  ])('%s', (_what, short, long, expected) => {
    expect(savingPercent(short, long)).toBe(expected);
  });
});

describe('intervalSavings', () => {
  test('each longer plan is compared with the shortest interval of its currency', () => {
    const savings = intervalSavings([
      plan('q', 9000, 'month', 3),
      plan('m', 3200, 'month'),
      plan('y', 32000, 'year'),
      plan('nok-m', 30000, 'month', 1, 'NOK'),
      plan('nok-y', 300000, 'year', 1, 'NOK'),
    ]);
    expect([...savings].map(([id, s]) => [id, s.percent, s.versus.id])).toEqual([
      ['q', 6, 'm'],
      ['y', 16, 'm'],
      ['nok-y', 16, 'nok-m'],
    ]);
  });

  test('the shortest plan, a plan of the same length and a plan without a saving get none', () => {
    const savings = intervalSavings([plan('m', 3200, 'month'), plan('m2', 3000, 'month'), plan('y', 40000, 'year')]);
    expect(savings.size).toBe(0);
  });

  test('a single plan or an unknown unit gets none', () => {
    expect(intervalSavings([plan('m', 3200, 'month')]).size).toBe(0);
    expect(intervalSavings([plan('x', 100, 'fortnight'), plan('y', 100, 'year')]).size).toBe(0);
  });
});
