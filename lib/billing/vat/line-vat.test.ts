import { describe, expect, test } from 'vitest';
import { customerTypeOf, isBusinessBuyer } from './buyer-kind';
import { documentVat } from './document-vat';
import { lineVat, type TaxableItem, type VatContext } from './line-vat';

const nl = (buyer: VatContext['buyer'], ossRegistered = false): VatContext => ({ seller: { country: 'NL', ossRegistered }, buyer });
const magazine: TaxableItem = { taxClass: 'reduced', supply: 'digital', shopRateBp: 900 };
const course: TaxableItem = { taxClass: 'standard', supply: 'digital', shopRateBp: 2100 };

describe('lineVat: a line of the catalog for one buyer', () => {
  test.each<[string, VatContext | null, TaxableItem, string, number]>([
    ['no context: the shop rate', null, magazine, 'S', 900],
    ['at home: the rate the merchant set wins over the table', nl({ country: 'NL', kind: 'consumer', hasValidVatId: false }), { ...course, shopRateBp: 2000 }, 'S', 2000],
    ['a business in Belgium with a VAT id: reverse charge', nl({ country: 'BE', kind: 'business', hasValidVatId: true }), course, 'AE', 0],
    ['goods to a Belgian business: intra-Community supply', nl({ country: 'BE', kind: 'business', hasValidVatId: true }), { ...magazine, supply: 'physical' }, 'K', 0],
    ['a German consumer, shop in OSS: German reduced rate', nl({ country: 'DE', kind: 'consumer', hasValidVatId: false }, true), magazine, 'S', 700],
    ['a German consumer, shop not in OSS: the shop rate', nl({ country: 'DE', kind: 'consumer', hasValidVatId: false }), magazine, 'S', 900],
    ['a consumer in Switzerland, goods: export', nl({ country: 'CH', kind: 'consumer', hasValidVatId: false }), { ...magazine, supply: 'physical' }, 'G', 0],
    ['exempt everywhere', nl({ country: 'NL', kind: 'consumer', hasValidVatId: false }), { ...course, taxClass: 'exempt' }, 'E', 0],
    ['0 % at home is zero-rated', nl({ country: 'NL', kind: 'consumer', hasValidVatId: false }), { ...course, shopRateBp: 0 }, 'Z', 0],
    ['a seller country without built-in rules: the shop rate', { seller: { country: 'US', ossRegistered: false }, buyer: { country: 'NL', kind: 'consumer', hasValidVatId: false } }, course, 'S', 2100],
  ])('%s', (_name, context, item, category, rateBp) => {
    const result = lineVat(context, item);
    expect(result.ok && [result.value.category, result.value.rateBp]).toEqual([category, rateBp]);
  });

  test('a country without a reduced rate in the table is refused with a message', () => {
    const result = lineVat(nl({ country: 'DK', kind: 'consumer', hasValidVatId: false }, true), magazine);
    expect(result).toEqual({ ok: false, error: 'No reduced VAT rate is set for DK.' });
  });
});

test("a business is the customer's own type; registering without one, a company name or VAT id makes it one", () => {
  expect(isBusinessBuyer({ customerType: 'business' })).toBe(true);
  expect(isBusinessBuyer({ customerType: 'consumer' })).toBe(false);
  expect(customerTypeOf({ companyName: 'Acme BV', vatId: null })).toBe('business');
  expect(customerTypeOf({ companyName: null, vatId: 'NL004495445B01' })).toBe('business');
  expect(customerTypeOf({ companyName: '  ', vatId: null })).toBe('consumer');
  expect(customerTypeOf({ customerType: 'consumer', companyName: 'Acme BV' })).toBe('consumer');
});

test("a document's notes: one per category; OSS keeps the country evidence and what is missing", () => {
  const context = nl({ country: 'DE', kind: 'consumer', hasValidVatId: false }, true);
  const decided = [lineVat(context, magazine), lineVat(nl({ country: 'BE', kind: 'business', hasValidVatId: true }), course)].map((r) => {
    if (!r.ok) throw new Error(r.error);
    return r.value;
  });
  const vat = documentVat(context, decided, [{ kind: 'billing-address', country: 'DE' }]);
  expect(Object.keys(vat.notes)).toEqual(['AE']);
  expect(vat.evidence).toEqual({
    country: 'DE',
    evidence: [{ kind: 'billing-address', country: 'DE' }],
    problem: 'Two kinds of evidence must show the customer is in DE (have: billing-address).',
  });
});
