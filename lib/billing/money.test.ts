import { describe, expect, test } from 'vitest';
import {
  allocateMinor,
  currencyExponent,
  formatMoney,
  isSupportedCurrency,
  parseMoney,
  percentOfMinor,
  sumMinor,
  taxIncludedMinor,
} from './money';

const NBSP = '\u00a0';

describe('currencyExponent', () => {
  test.each([
    ['EUR', 2],
    ['NOK', 2],
    ['SEK', 2],
    ['DKK', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['JOD', 3],
    ['OMR', 3],
    ['TND', 3],
    ['CLF', 4],
    // dinero.js models these as base 5; ISO 4217 says 2 decimals.
    ['MGA', 2],
    ['MRU', 2],
  ])('%s has exponent %i', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
    expect(isSupportedCurrency(currency)).toBe(true);
  });

  test.each(['XYZ', 'eur', '', 'EURO'])('%j is not a currency', (code) => {
    expect(isSupportedCurrency(code)).toBe(false);
    expect(() => currencyExponent(code)).toThrow(/Unknown currency/);
  });
});

describe('formatMoney', () => {
  test.each([
    [3200, 'EUR', undefined, '€32.00'],
    [3200, 'EUR', 'nb-NO', `32,00${NBSP}€`],
    [123450, 'NOK', 'nb-NO', `1${NBSP}234,50${NBSP}kr`],
    [-1234, 'EUR', 'en', '-€12.34'],
    [5, 'EUR', 'en', '€0.05'],
    [0, 'EUR', 'en', '€0.00'],
    [3200, 'JPY', 'en', '¥3,200'],
    [1234, 'KWD', 'en', `KWD${NBSP}1.234`],
    [1500, 'ISK', 'en', `ISK${NBSP}1,500`],
    // Above 2^46 a float division would misprint the cents; the exact decimal string does not.
    [Number.MAX_SAFE_INTEGER, 'EUR', 'en', '€90,071,992,547,409.91'],
  ])('%i %s (%s) -> %s', (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });

  test.each([1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('rejects the non-integer amount %d', (amount) => {
    expect(() => formatMoney(amount, 'EUR')).toThrow(RangeError);
  });
});

describe('parseMoney', () => {
  test.each([
    ['32', 'EUR', 3200],
    ['32.5', 'EUR', 3250],
    ['32,50', 'EUR', 3250],
    ['  32.05 ', 'EUR', 3205],
    ['0', 'EUR', 0],
    ['0,01', 'NOK', 1],
    ['1 234,50', 'NOK', 123450],
    [`1${NBSP}234${NBSP}567,89`, 'NOK', 123456789],
    ['3200', 'JPY', 3200],
    ['1.234', 'KWD', 1234],
    ['1,2', 'KWD', 1200],
    ['7', 'KWD', 7000],
    ['90071992547409.91', 'EUR', Number.MAX_SAFE_INTEGER],
  ])('%j %s -> %i', (input, currency, expected) => {
    expect(parseMoney(input, currency)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['', 'EUR', 'Enter an amount.'],
    ['   ', 'EUR', 'Enter an amount.'],
    ['-5', 'EUR', 'The amount cannot be negative.'],
    ['\u22125', 'EUR', 'The amount cannot be negative.'],
    ['32.505', 'EUR', 'EUR amounts have at most 2 decimals.'],
    ['32,500', 'EUR', 'EUR amounts have at most 2 decimals.'],
    ['32.5', 'JPY', 'JPY amounts have no decimals.'],
    ['3,200', 'JPY', 'JPY amounts have no decimals.'],
    ['1.2345', 'KWD', 'KWD amounts have at most 3 decimals.'],
    ['abc', 'EUR', 'Enter an amount like 32.50, with at most one decimal separator and no thousands separators.'],
    ['1.234,50', 'EUR', 'Enter an amount like 32.50, with at most one decimal separator and no thousands separators.'],
    ['32.', 'EUR', 'Enter an amount like 32.50, with at most one decimal separator and no thousands separators.'],
    ['€32', 'EUR', 'Enter an amount like 32.50, with at most one decimal separator and no thousands separators.'],
    ['1e3', 'EUR', 'Enter an amount like 32.50, with at most one decimal separator and no thousands separators.'],
    ['12 34', 'EUR', 'Enter an amount like 32.50, with at most one decimal separator and no thousands separators.'],
    ['x', 'JPY', 'Enter an amount like 3200, with at most one decimal separator and no thousands separators.'],
    ['x', 'KWD', 'Enter an amount like 32.500, with at most one decimal separator and no thousands separators.'],
    ['90071992547409.92', 'EUR', 'The amount is too large.'],
  ])('%j %s -> %j', (input, currency, error) => {
    expect(parseMoney(input, currency)).toEqual({ ok: false, error });
  });

  test('an unknown currency is a bug, not a typing mistake', () => {
    expect(() => parseMoney('1', 'XYZ')).toThrow(/Unknown currency/);
  });
});

describe('percentOfMinor (HALF_UP, away from zero)', () => {
  test.each([
    [3200, 10, 320],
    [2495, 10, 250], // 249.5
    [2485, 10, 249], // 248.5 -> 249
    [2494, 10, 249], // 249.4
    [2496, 10, 250], // 249.6
    [-2495, 10, -250], // symmetric: -249.5 -> -250 (dinero's halfUp would give -249)
    [-2494, 10, -249],
    [1, 50, 1], // 0.5
    [-1, 50, -1],
    [1, 49, 0],
    [999, 12.5, 125], // 124.875
    [1000, 0.07, 1], // 0.7
    [3, 33.333, 1], // 0.99999
    [3200, 0, 0],
    [3200, 100, 3200],
    [Number.MAX_SAFE_INTEGER, 100, Number.MAX_SAFE_INTEGER], // the product passes 2^53 on the way
  ])('%i times %d percent is %i', (amount, percent, expected) => {
    expect(percentOfMinor(amount, percent)).toBe(expected);
  });

  test.each([
    [1.5, 10],
    [100, -1],
    [100, Number.NaN],
    [100, 1e-12],
  ])('rejects amount %d with percent %d', (amount, percent) => {
    expect(() => percentOfMinor(amount, percent)).toThrow(RangeError);
  });
});

describe('taxIncludedMinor', () => {
  test.each([
    [3200, 900, 264], // 264.22
    [-320, 900, -26], // -26.42
    [2880, 900, 238], // 237.80
    [12500, 2500, 2500], // exactly 20%
    [-12500, 2500, -2500],
    [10, 2500, 2], // 2.0
    [5, 2500, 1], // 1.0
    [3, 2500, 1], // 0.6
    [2, 2500, 0], // 0.4
    [109, 900, 9], // 9.0
    [6, 2000, 1], // exactly 1.0
    [3, 2000, 1], // exactly 0.5 -> 1
    [-3, 2000, -1], // exactly -0.5 -> -1
    [9, 2000, 2], // exactly 1.5 -> 2
    [-9, 2000, -2],
    [4900, 900, 405], // 404.59
    [3200, 0, 0],
  ])('VAT in %i at %ibp is %i', (gross, rate, expected) => {
    expect(taxIncludedMinor(gross, rate)).toBe(expected);
  });

  test.each([
    [100, -1],
    [100, 10_001],
    [100, 12.5],
    [0.5, 2500],
  ])('rejects gross %d at rate %d', (gross, rate) => {
    expect(() => taxIncludedMinor(gross, rate)).toThrow(RangeError);
  });
});

describe('allocateMinor', () => {
  test.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [101, [1, 1, 1], [34, 34, 33]],
    [10, [6, 5, 3], [4, 4, 2]], // exact 4.29, 3.57, 2.14: the largest remainder gets the unit
    [-10, [6, 5, 3], [-4, -4, -2]],
    [7, [2, 1, 2, 1, 2], [2, 1, 2, 1, 1]], // exact 1.75, 0.875, ...: dinero would give [2,1,2,0,2]
    [5, [0, 1, 1], [0, 3, 2]],
    [5, [0, 0, 7], [0, 0, 5]],
    [1, [1, 1, 1, 1], [1, 0, 0, 0]],
    [0, [3, 2], [0, 0]],
    [0, [0, 0], [0, 0]],
    [0, [], []],
    [500, [3200, 1800], [320, 180]],
    [333, [3200, 4900, 2000], [105, 162, 66]], // exact 105.50, 161.55, 65.94: 2 left over go to .94 and .55
    [1000, [1], [1000]],
    [Number.MAX_SAFE_INTEGER, [1, 1], [4503599627370496, 4503599627370495]],
  ])('%i over %j -> %j', (total, weights, expected) => {
    const parts = allocateMinor(total, weights);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  test('every split of every total sums exactly and stays within one unit of the exact share', () => {
    const weightSets = [
      [1, 2],
      [3, 3, 3],
      [7, 0, 13, 1],
      [1, 1, 1, 1, 1, 1, 1],
      [2495, 3200, 1],
    ];
    for (const weights of weightSets) {
      const weightSum = weights.reduce((a, b) => a + b, 0);
      for (let total = -250; total <= 250; total++) {
        const parts = allocateMinor(total, weights);
        expect(sumMinor(parts)).toBe(total);
        parts.forEach((part, i) => expect(Math.abs(part - (total * weights[i]) / weightSum)).toBeLessThan(1));
      }
    }
  });

  test.each([
    [100, [0, 0]],
    [100, []],
    [100, [1, -1]],
    [100, [1.5, 1]],
    [1.5, [1, 1]],
  ])('rejects %d over %j', (total, weights) => {
    expect(() => allocateMinor(total, weights)).toThrow(RangeError);
  });
});

describe('sumMinor', () => {
  test.each([
    [[], 0],
    [[3200, -320, 0], 2880],
    [[Number.MAX_SAFE_INTEGER, -1], Number.MAX_SAFE_INTEGER - 1],
  ])('%j sums to %i', (amounts, expected) => {
    expect(sumMinor(amounts)).toBe(expected);
  });

  test.each([[[1.5]], [[Number.MAX_SAFE_INTEGER, 1, -1]], [[Number.NaN]]])('rejects %j', (amounts) => {
    expect(() => sumMinor(amounts)).toThrow(RangeError);
  });
});
