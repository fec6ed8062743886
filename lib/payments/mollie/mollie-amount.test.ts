import { describe, expect, test } from 'vitest';
import { fromMollieAmount, toMollieAmount } from './mollie-amount';

describe('toMollieAmount', () => {
  test.each([
    [1999, 'EUR', '19.99'],
    [5, 'EUR', '0.05'],
    [0, 'EUR', '0.00'],
    [100_000_000_01, 'EUR', '100000000.01'],
    [500, 'JPY', '500'],
    [1234, 'KWD', '1.234'],
    // Beyond 2^53 / 100 a float division would already have lost the cents.
    [9_007_199_254_740_991, 'EUR', '90071992547409.91'],
  ])('%i minor units of %s -> "%s"', (amountMinor, currency, value) => {
    expect(toMollieAmount(amountMinor, currency)).toEqual({ currency, value });
  });

  test.each([
    ['a fraction of a minor unit', 19.99, 'EUR'],
    ['a negative amount', -1, 'EUR'],
    ['an unknown currency', 100, 'XYZ'],
  ])('refuses %s', (_label, amountMinor, currency) => {
    expect(() => toMollieAmount(amountMinor, currency)).toThrow(RangeError);
  });
});

describe('fromMollieAmount', () => {
  test.each([
    ['19.99', 'EUR', 1999],
    ['-23.49', 'EUR', -2349],
    ['0.05', 'EUR', 5],
    ['500', 'JPY', 500],
    ['1.234', 'KWD', 1234],
  ])('"%s" %s -> %i minor units', (value, currency, minor) => {
    expect(fromMollieAmount({ currency, value })).toBe(minor);
  });

  test.each([
    ['too many decimals', '19.999', 'EUR'],
    ['too few', '19.9', 'EUR'],
    ['not a number', 'abc', 'EUR'],
  ])('refuses %s', (_label, value, currency) => {
    expect(() => fromMollieAmount({ currency, value })).toThrow(RangeError);
  });
});
