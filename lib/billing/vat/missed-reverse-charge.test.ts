import { describe, expect, test } from 'vitest';
import type { VatContext } from './line-vat';
import { missedReverseChargeNote } from './missed-reverse-charge';

const context = (buyer: VatContext['buyer'], sellerCountry = 'NL'): VatContext => ({ seller: { country: sellerCountry, ossRegistered: true }, buyer });

describe('why a business is charged VAT (shown to staff)', () => {
  test('a German business without a VAT id buying from a Dutch shop: standard VAT, and the note says reverse charge needs the id', () => {
    const note = missedReverseChargeNote(context({ country: 'DE', kind: 'business', hasValidVatId: false }));
    expect(note).toMatch(/^Business customer without a valid VAT id: charged VAT as a consumer, where a valid VAT id would give AE/);
    expect(note).toContain('Add their VAT id');
  });

  test('a Norwegian shop: an EU business without a VAT id is also taxed as a consumer (OSS) instead of an export', () => {
    expect(missedReverseChargeNote(context({ country: 'DE', kind: 'business', hasValidVatId: false }, 'NO'))).toMatch(/would give G/);
  });

  test('no note for a valid VAT id, a consumer, a domestic business or a shop without a country', () => {
    expect(missedReverseChargeNote(context({ country: 'DE', kind: 'business', hasValidVatId: true }))).toBeNull();
    expect(missedReverseChargeNote(context({ country: 'DE', kind: 'consumer', hasValidVatId: false }))).toBeNull();
    expect(missedReverseChargeNote(context({ country: 'NL', kind: 'business', hasValidVatId: false }))).toBeNull();
    expect(missedReverseChargeNote(null)).toBeNull();
  });
});
