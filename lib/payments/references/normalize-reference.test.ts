import { describe, expect, it } from 'vitest';
import { normalizeReference } from './normalize-reference';

describe('normalizeReference', () => {
  it.each([
    ['Payment RF18 5390 0754 7034 thanks', 'RF18539007547034'],
    ['RF18539007547034', 'RF18539007547034'],
    ['rf18 5390 0754 7034', 'RF18539007547034'],
    ['Invoice 2026-0042, ref: RF34 0000 0042.', 'RF3400000042'],
    ['RF34-0000-0042', 'RF3400000042'],
    ['RF18 539007547034 inv 42', 'RF18539007547034'],
    ['RF18 0000 0000 0539 0075 4703 4', 'RF18000000000539007547034'],
    ['Betaling RF45 G72U UR fra Ola', 'RF45G72UUR'],
    // A wrong RF first, the right one later in the same text.
    ['old RF19 5390 0754 7034 new RF18 5390 0754 7034', 'RF18539007547034'],
    ['KID: 000000422', '000000422'],
    ['kid 0000 0042 2 faktura 42', '000000422'],
    ['KID-nr. 0036633', '0036633'],
    ['000000422', '000000422'],
    [' 0000 0042 2 ', '000000422'],
  ])('%j -> %j', (text, expected) => {
    expect(normalizeReference(text)).toBe(expected);
  });

  it.each([
    '',
    'Thanks for the coffee',
    'RF19 5390 0754 7034',
    // Digits inside a sentence are not taken as a KID, even when they pass MOD10.
    'Invoice 000000422 paid',
    'KID 000000423',
    '000000423',
    '1',
    'RF',
  ])('%j -> null', (text) => {
    expect(normalizeReference(text)).toBeNull();
  });
});
