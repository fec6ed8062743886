import { describe, expect, test } from 'vitest';
import { toStripeAmount, toStripeCurrency } from './stripe-amount';

describe('toStripeAmount', () => {
  test.each([
    [1999, 'EUR', 1999],
    [500, 'JPY', 500],
    // ISO gives the króna no decimals; Stripe still counts it in hundredths.
    [5, 'ISK', 500],
    // ISO gives the ariary two decimals; Stripe counts whole ariary.
    [150_000, 'MGA', 1500],
    [5120, 'KWD', 5120],
  ])('%i minor units of %s -> %i', (amountMinor, currency, amount) => {
    expect(toStripeAmount(amountMinor, currency)).toBe(amount);
  });

  test.each([
    ['fractions of an ariary', 150_050, 'MGA'],
    ['a thousandth of a dinar', 5124, 'KWD'],
    ['a fraction of a minor unit', 19.99, 'EUR'],
    ['a negative amount', -1, 'EUR'],
  ])('refuses %s', (_label, amountMinor, currency) => {
    expect(() => toStripeAmount(amountMinor, currency)).toThrow(RangeError);
  });

  test('currencies go in lower case', () => {
    expect(toStripeCurrency('EUR')).toBe('eur');
  });
});
