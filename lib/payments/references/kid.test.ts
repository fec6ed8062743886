import { describe, expect, it } from 'vitest';
import { isValidKid, kidFor } from './kid';

describe('kidFor', () => {
  it.each([
    // The textbook Luhn number.
    ['7992739871', 'mod10', '79927398713'],
    ['00000042', 'mod10', '000000422'],
    ['00000043', 'mod10', '000000430'],
    ['1234567890', 'mod10', '12345678903'],
    ['0', 'mod10', '00'],
    // MOD11 over a Norwegian account number's first ten digits gives its control digit.
    ['8601111794', 'mod11', '86011117947'],
    ['1234567890', 'mod11', '12345678903'],
    ['000053', 'mod11', '0000531'],
    // Remainder 0 gives check digit 0.
    ['00000014', 'mod11', '000000140'],
  ] as const)('%s with %s -> %s', (base, algorithm, kid) => {
    expect(kidFor(base, algorithm)).toEqual({ ok: true, kid });
  });

  it('refuses a MOD11 base whose check would be "-" (remainder 1)', () => {
    expect(kidFor('860111179', 'mod11')).toEqual({ ok: false, reason: 'mod11-no-check-digit' });
    expect(kidFor('860111179', 'mod10')).toEqual({ ok: true, kid: '8601111795' });
  });

  it.each(['', '12a4', '1'.repeat(25), ' 123', '-1'])('throws on the base %j', (base) => {
    expect(() => kidFor(base, 'mod10')).toThrow(RangeError);
  });
});

describe('isValidKid', () => {
  it.each([
    ['79927398713', true],
    ['000000422', true],
    ['12345678903', true],
    ['86011117947', true],
    // KIDs from a Nets OCR giro file (MOD11).
    ['0000531', true],
    ['0036633', true],
    ['0048763', true],
    ['0000000000000000000000000', true],
    ['79927398710', false],
    ['000000423', false],
    ['8601111794-', false],
    ['0', false],
    ['00000000000000000000000000', false],
    ['0000 0042 2', false],
    ['', false],
  ])('%j -> %s', (kid, valid) => {
    expect(isValidKid(kid)).toBe(valid);
  });

  it('checks only the algorithm asked for', () => {
    expect(isValidKid('0000531', 'mod11')).toBe(true);
    expect(isValidKid('0000531', 'mod10')).toBe(false);
    expect(isValidKid('79927398713', 'mod10')).toBe(true);
    expect(isValidKid('79927398713', 'mod11')).toBe(false);
  });

  it('accepts every KID kidFor makes', () => {
    for (let n = 0; n < 2000; n++) {
      const base = String(n * 104729).padStart(10, '0');
      for (const algorithm of ['mod10', 'mod11'] as const) {
        const kid = kidFor(base, algorithm);
        if (kid.ok) expect(isValidKid(kid.kid, algorithm)).toBe(true);
      }
    }
  });
});
