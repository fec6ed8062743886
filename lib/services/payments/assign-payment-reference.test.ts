import { describe, expect, test } from 'vitest';
import { paymentReferenceFor } from './assign-payment-reference';

describe('paymentReferenceFor', () => {
  test.each([
    [{ currency: 'EUR', sequenceNumber: 42, seriesId: 'invoice' }, 'RF3400000042'],
    [{ currency: 'NOK', sequenceNumber: 42, seriesId: 'invoice' }, '000000422'],
    [{ currency: 'SEK', sequenceNumber: 1, seriesId: 'invoice' }, 'RF7400000001'],
    // A simulation's series repeats the shop's numbers: no reference a real payment could match.
    [{ currency: 'EUR', sequenceNumber: 42, seriesId: 'clock:0b7c1e6e-1f1a-4d4e-9d55-0d8a1f0e7a11' }, null],
    [{ currency: 'EUR', sequenceNumber: null, seriesId: null }, null],
  ])('%j -> %s', (invoice, expected) => {
    expect(paymentReferenceFor(invoice)).toBe(expected);
  });
});
