import { expect, test } from 'vitest';
import { isValidKid, isValidRfReference, makeKid, makeRfReference } from './payment-reference';

test('KID mod 10 (Luhn) and mod 11, as Norwegian banks check them', () => {
  expect(makeKid('7992739871')).toBe('79927398713');
  expect(makeKid('1234567890', 'mod11')).toBe('12345678903');
  expect(isValidKid('79927398713')).toBe(true);
  expect(isValidKid('79927398714')).toBe(false);
  expect(() => makeKid('12A')).toThrow(RangeError);
});

test('RF creditor references (ISO 11649)', () => {
  expect(makeRfReference('539007547034')).toBe('RF18539007547034');
  expect(isValidRfReference('RF18 5390 0754 7034')).toBe(true);
  expect(isValidRfReference('RF19539007547034')).toBe(false);
});
