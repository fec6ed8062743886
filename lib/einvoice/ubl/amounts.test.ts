import { expect, test } from 'vitest';
import { amountWriter, percentText } from './amounts';

test.each([
  ['EUR', 1250, '12.50'],
  ['EUR', -5, '-0.05'],
  ['JPY', 1000, '1000'],
  ['KWD', 12_350, '12.35'],
  ['NOK', 0, '0.00'],
])('%s %i minor units are written %s', (currency, minor, text) => {
  expect(amountWriter(currency).amount(minor)).toBe(text);
});

test('a KWD amount in single fils cannot be written with 2 decimals', () => {
  expect(() => amountWriter('KWD').amount(12_345)).toThrow(RangeError);
});

test('unit prices keep 4 more decimals so quantity x price meets the line (R120)', () => {
  expect(amountWriter('EUR').price(1000n, 3n)).toBe('3.333333');
  expect(amountWriter('EUR').price(4950n, 1n)).toBe('49.5');
  expect(amountWriter('JPY').price(100n, 3n)).toBe('33.3333');
  expect(percentText(2550)).toBe('25.5');
});
