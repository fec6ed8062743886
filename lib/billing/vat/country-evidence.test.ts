import { expect, test } from 'vitest';
import { checkCountryEvidence, countryEvidenceNotes } from './country-evidence';

test('two kinds of evidence for the country are enough, and conflicts are reported', () => {
  const result = checkCountryEvidence('DE', [
    { kind: 'billing-address', country: 'DE' },
    { kind: 'ip-address', country: 'DE' },
    { kind: 'card-country', country: 'AT' },
  ]);
  expect(result).toMatchObject({ ok: true, value: { conflicting: [{ kind: 'card-country', country: 'AT' }] } });
});

test('two pieces of the same kind, or pieces for another country, are not enough', () => {
  expect(
    checkCountryEvidence('DE', [
      { kind: 'ip-address', country: 'DE' },
      { kind: 'ip-address', country: 'DE' },
    ]),
  ).toEqual({ ok: false, error: 'Two kinds of evidence must show the customer is in DE (have: ip-address).' });
  expect(checkCountryEvidence('DE', [{ kind: 'billing-address', country: 'FR' }]).ok).toBe(false);
});

test('staff are told what is missing and which piece points elsewhere; agreeing evidence says nothing', () => {
  expect(countryEvidenceNotes(null)).toEqual([]);
  expect(
    countryEvidenceNotes({ country: 'DE', evidence: [{ kind: 'billing-address', country: 'DE' }, { kind: 'bank-country', country: 'DE' }], problem: null }),
  ).toEqual([]);
  expect(
    countryEvidenceNotes({
      country: 'DE',
      evidence: [{ kind: 'billing-address', country: 'DE' }, { kind: 'card-country', country: 'AT' }],
      problem: 'Two kinds of evidence must show the customer is in DE (have: billing-address).',
    }),
  ).toEqual([
    'OSS country evidence: Two kinds of evidence must show the customer is in DE (have: billing-address).',
    'OSS country evidence: the card country points to AT, not DE. Check where the customer is.',
  ]);
});
