import { describe, expect, it } from 'vitest';
import { isValidKid } from './kid';
import { normalizeReference, referenceForInvoice } from './reference-for-invoice';
import { parseRf } from './rf-creditor-reference';

describe('referenceForInvoice', () => {
  it.each([
    [
      { currency: 'NOK', sequenceNumber: 42 },
      { kind: 'kid', reference: '000000422', display: '000000422' },
    ],
    [
      { currency: 'NOK', sequenceNumber: 43 },
      { kind: 'kid', reference: '000000430', display: '000000430' },
    ],
    [
      { currency: 'NOK', sequenceNumber: 99_999_999 },
      { kind: 'kid', reference: '999999998', display: '999999998' },
    ],
    [
      { currency: 'EUR', sequenceNumber: 42 },
      { kind: 'rf', reference: 'RF3400000042', display: 'RF34 0000 0042' },
    ],
    [
      { currency: 'SEK', sequenceNumber: 1 },
      { kind: 'rf', reference: 'RF7400000001', display: 'RF74 0000 0001' },
    ],
  ])('%j -> %j', (invoice, expected) => {
    expect(referenceForInvoice(invoice)).toEqual(expected);
  });

  it('keeps the length fixed within a series', () => {
    const lengths = new Set(
      [1, 9, 10, 12345, 99_999_999].map(
        (n) => referenceForInvoice({ currency: 'NOK', sequenceNumber: n }).reference.length,
      ),
    );
    expect([...lengths]).toEqual([9]);
  });

  it('gives references that validate and survive free text', () => {
    for (const sequenceNumber of [1, 7, 42, 1000, 31337, 99_999_999]) {
      const kid = referenceForInvoice({ currency: 'NOK', sequenceNumber });
      expect(isValidKid(kid.reference, 'mod10')).toBe(true);
      expect(normalizeReference(`KID ${kid.display}`)).toBe(kid.reference);

      const rf = referenceForInvoice({ currency: 'EUR', sequenceNumber });
      expect(parseRf(rf.display)).toEqual({ ok: true, reference: rf.reference });
      expect(normalizeReference(`Payment ${rf.display} thanks`)).toBe(rf.reference);
    }
  });

  it.each([0, -1, 1.5, 100_000_000, Number.NaN])('throws on the sequence number %s', (sequenceNumber) => {
    expect(() => referenceForInvoice({ currency: 'EUR', sequenceNumber })).toThrow(RangeError);
  });
});
