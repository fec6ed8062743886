import { describe, expect, it } from 'vitest';
import { formatRf, parseRf, rfReferenceFor } from './rf-creditor-reference';

describe('rfReferenceFor', () => {
  // The first three are the examples published with ISO 11649 and on the EPC/Wikipedia pages.
  it.each([
    ['539007547034', 'RF18539007547034'],
    ['000000000539007547034', 'RF18000000000539007547034'],
    ['G72UUR', 'RF45G72UUR'],
    ['g72u ur', 'RF45G72UUR'],
    ['00000042', 'RF3400000042'],
    ['00000001', 'RF7400000001'],
  ])('%j -> %j', (base, expected) => {
    expect(rfReferenceFor(base)).toBe(expected);
  });

  it.each(['', '1234567890123456789012', 'ABC-123', 'ÆØÅ'])('rejects the base %j', (base) => {
    expect(() => rfReferenceFor(base)).toThrow(RangeError);
  });

  it('gives references that parse back', () => {
    for (let n = 1; n <= 500; n++) {
      const base = String(n * 7919).padStart(8, '0');
      expect(parseRf(rfReferenceFor(base))).toEqual({ ok: true, reference: rfReferenceFor(base) });
    }
  });
});

describe('formatRf', () => {
  it.each([
    ['RF18539007547034', 'RF18 5390 0754 7034'],
    ['RF18000000000539007547034', 'RF18 0000 0000 0539 0075 4703 4'],
    ['RF45G72UUR', 'RF45 G72U UR'],
    ['rf45 g72u ur', 'RF45 G72U UR'],
  ])('%j -> %j', (input, expected) => {
    expect(formatRf(input)).toBe(expected);
  });
});

describe('parseRf', () => {
  it.each([
    ['RF18 5390 0754 7034', 'RF18539007547034'],
    ['RF18539007547034', 'RF18539007547034'],
    ['rf18 5390 0754 7034', 'RF18539007547034'],
    ['  RF18 0000 0000 0539 0075 4703 4 ', 'RF18000000000539007547034'],
    ['RF18000000000539007547034', 'RF18000000000539007547034'],
    ['RF45 G72U UR', 'RF45G72UUR'],
    ['RF34 0000 0042', 'RF3400000042'],
  ])('accepts %j', (input, reference) => {
    expect(parseRf(input)).toEqual({ ok: true, reference });
  });

  it.each([
    ['RF19 5390 0754 7034', 'do not match'],
    ['RF18 5390 0754 7035', 'do not match'],
    ['RF18 5390 0754 7043', 'do not match'],
    ['RF45 G72U UT', 'do not match'],
    ['539007547034', 'starts with "RF"'],
    ['', 'starts with "RF"'],
    ['RF18', 'two check digits and 1 to 21'],
    ['RF1X539007547034', 'two check digits and 1 to 21'],
    ['RF18 5390-0754-7034', 'two check digits and 1 to 21'],
    ['RF18 0000 0000 0005 3900 7547 034', 'two check digits and 1 to 21'],
    ['RF00 0000', 'RF check digits are 02 to 98'],
    ['RF01 0000', 'RF check digits are 02 to 98'],
    ['RF99 0000', 'RF check digits are 02 to 98'],
  ])('rejects %j', (input, reason) => {
    const result = parseRf(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
