import { describe, expect, test } from 'vitest';
import { checkCountryEvidence, consumerCountry, countryEvidenceNotes, type ConsumerPlace, type CountryEvidence } from './country-evidence';

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

describe('consumerCountry: where the evidence places a consumer (two non-contradictory pieces)', () => {
  const piece = (kind: CountryEvidence['kind'], country: string): CountryEvidence => ({ kind, country });
  test.each<[string, string, CountryEvidence[], ConsumerPlace]>([
    ['the address and the card agree', 'DE', [piece('card-country', 'DE')], { country: 'DE', ground: 'agreeing' }],
    ['the address and the bank agree; the card points elsewhere and is outweighed', 'DE', [piece('bank-country', 'DE'), piece('card-country', 'AT')], { country: 'DE', ground: 'agreeing' }],
    ['card and bank agree on another country: the address alone loses', 'DE', [piece('bank-country', 'AT'), piece('card-country', 'AT')], { country: 'AT', ground: 'address-outweighed' }],
    ['only the address', 'DE', [], { country: 'DE', ground: 'unproven' }],
    ['every piece names another country', 'DE', [piece('bank-country', 'AT'), piece('card-country', 'FR')], { country: 'DE', ground: 'unproven' }],
    ['two pieces of one kind are one kind', 'DE', [piece('card-country', 'AT'), piece('card-country', 'AT')], { country: 'DE', ground: 'unproven' }],
    ['two other countries each backed twice: nothing decides, the address stays', 'DE', [piece('bank-country', 'AT'), piece('card-country', 'AT'), piece('ip-address', 'FR'), piece('phone-country', 'FR')], { country: 'DE', ground: 'unproven' }],
  ])('%s', (_name, billing, evidence, expected) => {
    expect(consumerCountry(billing, evidence)).toEqual(expected);
  });
});
