import { describe, expect, test } from 'vitest';
import { decideReminderFeeVat, decideVat, type SupplyKind } from './decide-vat';
import type { TaxClass } from './vat-rates';

type Row = [
  seller: string,
  oss: boolean,
  buyer: string,
  kind: 'business' | 'consumer',
  vatId: boolean,
  supply: SupplyKind,
  taxClass: TaxClass,
  category: string,
  rateBp: number,
  reason: string,
];

const decide = (row: Row) =>
  decideVat({
    seller: { country: row[0], ossRegistered: row[1] },
    buyer: { country: row[2], kind: row[3], hasValidVatId: row[4] },
    supply: row[5],
    taxClass: row[6],
  });

describe('decideVat: the decision table', () => {
  test.each<Row>([
    // EU seller, domestic
    ['NL', true, 'NL', 'consumer', false, 'digital', 'standard', 'S', 2100, 'domestic'],
    ['NL', true, 'NL', 'business', true, 'physical', 'reduced', 'S', 900, 'domestic'],
    ['NL', true, 'NL', 'consumer', false, 'physical', 'zero', 'Z', 0, 'domestic'],
    ['NL', true, 'NL', 'consumer', false, 'service', 'exempt', 'E', 0, 'exempt-supply'],
    // EU seller, business in another EU country with a valid VAT id
    ['NL', true, 'DE', 'business', true, 'digital', 'standard', 'AE', 0, 'eu-reverse-charge'],
    ['NL', true, 'BE', 'business', true, 'service', 'standard', 'AE', 0, 'eu-reverse-charge'],
    ['NL', true, 'DE', 'business', true, 'physical', 'standard', 'K', 0, 'eu-intra-community-goods'],
    ['NL', true, 'DE', 'business', true, 'service', 'exempt', 'E', 0, 'exempt-supply'],
    // ... without a VAT id: a consumer
    ['NL', true, 'DE', 'business', false, 'digital', 'standard', 'S', 1900, 'eu-oss-destination'],
    // EU seller, consumer in another EU country
    ['NL', true, 'DE', 'consumer', false, 'digital', 'standard', 'S', 1900, 'eu-oss-destination'],
    ['NL', true, 'DE', 'consumer', false, 'digital', 'reduced', 'S', 700, 'eu-oss-destination'],
    ['NL', true, 'FR', 'consumer', false, 'physical', 'standard', 'S', 2000, 'eu-oss-destination'],
    ['NL', false, 'DE', 'consumer', false, 'digital', 'standard', 'S', 2100, 'eu-origin-below-oss'],
    ['NL', true, 'DE', 'consumer', false, 'service', 'standard', 'S', 2100, 'eu-consumer-service-origin'],
    // EU seller, customer outside the EU (Norway is EEA but outside the EU VAT area)
    ['DE', true, 'NO', 'business', true, 'physical', 'standard', 'G', 0, 'export-goods'],
    ['DE', true, 'NO', 'consumer', false, 'physical', 'standard', 'G', 0, 'export-goods'],
    ['DE', true, 'US', 'business', true, 'digital', 'standard', 'G', 0, 'export-services'],
    ['DE', true, 'CH', 'consumer', false, 'digital', 'standard', 'G', 0, 'export-services'],
    ['DE', true, 'NO', 'consumer', false, 'service', 'standard', 'S', 1900, 'consumer-service-outside-eu'],
    // Norwegian seller
    ['NO', false, 'NO', 'business', true, 'digital', 'standard', 'S', 2500, 'domestic'],
    ['NO', false, 'NO', 'consumer', false, 'physical', 'reduced', 'S', 1500, 'domestic'],
    ['NO', false, 'NO', 'consumer', false, 'physical', 'zero', 'Z', 0, 'domestic'],
    ['NO', false, 'SE', 'business', true, 'digital', 'standard', 'G', 0, 'no-export-services'],
    ['NO', false, 'DE', 'business', true, 'service', 'standard', 'G', 0, 'no-export-services'],
    ['NO', false, 'DE', 'business', true, 'physical', 'standard', 'G', 0, 'no-export-goods'],
    ['NO', true, 'DE', 'consumer', false, 'digital', 'standard', 'S', 1900, 'no-non-union-oss'],
    ['NO', false, 'DE', 'consumer', false, 'digital', 'standard', 'G', 0, 'no-export-oss-missing'],
    ['NO', false, 'US', 'consumer', false, 'digital', 'standard', 'G', 0, 'no-export-services'],
    ['NO', false, 'SE', 'consumer', false, 'service', 'standard', 'S', 2500, 'no-consumer-service-abroad'],
  ])('%s (oss %s) -> %s %s (VAT id %s), %s %s: %s %i (%s)', (...row) => {
    const result = decide(row);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.category).toEqual({ code: row[7], rateBp: row[8] });
    expect(result.value.reason).toBe(row[9]);
  });

  test('a Norwegian seller never reverse-charges like an EU seller: an EU business gets G, not AE', () => {
    const result = decide(['NO', true, 'NL', 'business', true, 'digital', 'standard', '', 0, '']);
    expect(result.ok && result.value.category.code).toBe('G');
  });

  test('a business without a VAT id is taxed as a consumer, and staff are told why', () => {
    const result = decide(['NL', true, 'BE', 'business', false, 'digital', 'standard', '', 0, '']);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.taxedAsConsumer).toBe(true);
    expect(result.value.category).toEqual({ code: 'S', rateBp: 2100 });
    expect(result.value.message).toMatch(/^Business customer without a valid VAT id/);
  });

  test('reverse charge carries the legal note for the invoice; OSS asks for country evidence', () => {
    const reverse = decide(['NL', true, 'DE', 'business', true, 'digital', 'standard', '', 0, '']);
    expect(reverse.ok && reverse.value.legalNote).toMatch(/Reverse charge/);
    expect(reverse.ok && reverse.value.rateCountry).toBeNull();
    const oss = decide(['NL', true, 'DE', 'consumer', false, 'digital', 'standard', '', 0, '']);
    expect(oss.ok && oss.value.requiresCountryEvidence).toBe(true);
    expect(oss.ok && oss.value.rateCountry).toBe('DE');
  });

  test('refuses what it cannot decide, with a message', () => {
    const seller = decide(['US', true, 'DE', 'consumer', false, 'digital', 'standard', '', 0, '']);
    expect(seller).toMatchObject({ ok: false, error: { code: 'unsupported-seller-country' } });
    const noReduced = decide(['DK', true, 'DK', 'consumer', false, 'digital', 'reduced', '', 0, '']);
    expect(noReduced).toMatchObject({ ok: false, error: { code: 'no-rate', message: 'No reduced VAT rate is set for DK.' } });
  });

  test('a shop can pass its own rate table', () => {
    const result = decideVat({
      seller: { country: 'NO', ossRegistered: false },
      buyer: { country: 'NO', kind: 'consumer', hasValidVatId: false },
      supply: 'service',
      taxClass: 'reduced',
      rates: { NO: { standard: 2500, reduced: 1200 } },
    });
    expect(result.ok && result.value.category).toEqual({ code: 'S', rateBp: 1200 });
  });

  test('a reminder fee is outside the scope of VAT', () => {
    expect(decideReminderFeeVat().category).toEqual({ code: 'O', rateBp: 0 });
  });
});

describe('decideVat: a consumer placed by the evidence (consumerCountry)', () => {
  const placed = (kind: 'business' | 'consumer', hasValidVatId: boolean, supply: SupplyKind) =>
    decideVat({ seller: { country: 'NL', ossRegistered: true }, buyer: { country: 'DE', kind, hasValidVatId, evidencedCountry: 'AT' }, supply, taxClass: 'standard' });

  test('a digital service to a consumer is taxed where the evidence places them, not at the address', () => {
    expect(placed('consumer', false, 'digital')).toMatchObject({ ok: true, value: { rateCountry: 'AT', category: { code: 'S', rateBp: 2000 }, requiresCountryEvidence: true } });
    // A business without a valid VAT id is a consumer here too.
    expect(placed('business', false, 'digital')).toMatchObject({ ok: true, value: { rateCountry: 'AT' } });
  });

  test('goods, services in person and reverse charge still go by the address', () => {
    expect(placed('consumer', false, 'physical')).toMatchObject({ ok: true, value: { rateCountry: 'DE' } });
    expect(placed('consumer', false, 'service')).toMatchObject({ ok: true, value: { rateCountry: 'NL' } });
    expect(placed('business', true, 'digital')).toMatchObject({ ok: true, value: { category: { code: 'AE' } } });
  });
});
