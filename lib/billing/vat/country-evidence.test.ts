import { expect, test } from 'vitest';
import { checkCountryEvidence } from './country-evidence';

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
