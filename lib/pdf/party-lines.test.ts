import { expect, test } from 'vitest';
import { partyLines } from './party-lines';

const business = { name: 'Kari Nordmann', companyName: 'Nordmann AS', vatId: 'NO999999999MVA', addressLine1: 'Testgate 1', addressLine2: 'Bygg B', postalCode: '0150', city: 'Oslo', country: 'NO' };

test.each([
  ['en', 'VAT NO999999999MVA'],
  ['nl', 'Btw NO999999999MVA'],
  ['de', 'MwSt. NO999999999MVA'],
  ['nb', 'Mva. NO999999999MVA'],
] as const)('%s: company first, the VAT id last under its name in the language', (locale, vatLine) => {
  expect(partyLines(business, locale)).toEqual(['Nordmann AS', 'Kari Nordmann', 'Testgate 1', 'Bygg B', '0150 Oslo', 'NO', vatLine]);
});

test('a private customer: no company, second address line or VAT id', () => {
  expect(partyLines({ ...business, companyName: null, addressLine2: null, vatId: null }, 'nb')).toEqual(['Kari Nordmann', 'Testgate 1', '0150 Oslo', 'NO']);
});
