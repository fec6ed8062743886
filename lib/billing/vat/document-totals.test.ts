import { describe, expect, test } from 'vitest';
import { computeDocumentTotals, type DocumentTotals, type DocumentTotalsInput } from './document-totals';
import { vatCategory } from './vat-category';

const S25 = vatCategory('S', 2500);
const S15 = vatCategory('S', 1500);

function totals(input: DocumentTotalsInput): DocumentTotals {
  const result = computeDocumentTotals(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('computeDocumentTotals', () => {
  test('VAT is rounded once per category, not per line (BR-CO-17)', () => {
    // Three lines of 0.10 at 25 %: per line 0.025 -> 0.03 each, 0.09 in all; per category 0.30 x 25 % = 0.08 (0.075 HALF_UP).
    const result = totals({
      currency: 'NOK',
      pricesIncludeVat: false,
      lines: [1, 2, 3].map(() => ({ quantity: 1, unitPriceMinor: 10, category: S25 })),
    });
    expect(result.breakdown).toEqual([{ category: S25, taxableMinor: 30, vatMinor: 8 }]);
    expect(result.vatTotalMinor).toBe(8);
    expect(result.lines.map((line) => line.vatMinor)).toEqual([3, 3, 2]);
    expect(result.taxInclusiveMinor).toBe(38);
  });

  test('one breakdown group per category and rate, allowances and charges included (BR-S-08)', () => {
    const result = totals({
      currency: 'EUR',
      pricesIncludeVat: false,
      lines: [
        { quantity: 2, unitPriceMinor: 10_000, category: S25 },
        { quantity: 1, unitPriceMinor: 5_000, category: S15 },
        { quantity: 1, unitPriceMinor: 3_000, category: vatCategory('Z') },
      ],
      allowanceCharges: [
        { kind: 'allowance', amountMinor: 2_000, category: S25 },
        { kind: 'charge', amountMinor: 1_000, category: S15 },
      ],
    });
    expect(result.breakdown).toEqual([
      { category: S25, taxableMinor: 18_000, vatMinor: 4_500 },
      { category: S15, taxableMinor: 6_000, vatMinor: 900 },
      { category: { code: 'Z', rateBp: 0 }, taxableMinor: 3_000, vatMinor: 0 },
    ]);
    expect(result).toMatchObject({
      lineNetTotalMinor: 28_000,
      allowanceTotalMinor: 2_000,
      chargeTotalMinor: 1_000,
      taxExclusiveMinor: 27_000,
      vatTotalMinor: 5_400,
      taxInclusiveMinor: 32_400,
      payableMinor: 32_400,
    });
  });

  test('VAT-inclusive prices: the amount due is what the customer was shown, any difference as rounding', () => {
    // 3 x 9.99 incl. 25 %: line nets 7.99 each (9.99 - 2.00), 23.97 net, VAT 5.99 (5.9925): 29.96 against 29.97 shown.
    const result = totals({
      currency: 'NOK',
      pricesIncludeVat: true,
      lines: [1, 2, 3].map(() => ({ quantity: 1, unitPriceMinor: 999, category: S25 })),
    });
    expect(result.lines.map((line) => line.netMinor)).toEqual([799, 799, 799]);
    expect(result.vatTotalMinor).toBe(599);
    expect(result.taxInclusiveMinor).toBe(2_996);
    expect(result.roundingMinor).toBe(1);
    expect(result.payableMinor).toBe(2_997);
  });

  test('a 0-decimal currency rounds to whole yen', () => {
    const result = totals({
      currency: 'JPY',
      pricesIncludeVat: false,
      lines: [{ quantity: 3, unitPriceMinor: 333, category: vatCategory('S', 1000) }],
    });
    expect(result.breakdown[0]).toMatchObject({ taxableMinor: 999, vatMinor: 100 });
  });

  test('a 3-decimal currency is rounded to 2 decimals (10 fils) in an EN 16931 document', () => {
    const result = totals({
      currency: 'KWD',
      pricesIncludeVat: false,
      lines: [{ quantity: 1, unitPriceMinor: 12_350, category: vatCategory('S', 500) }],
    });
    // 12.350 x 5 % = 0.6175 -> 0.62 (620 fils), not 0.618.
    expect(result.vatTotalMinor).toBe(620);
    const fils = computeDocumentTotals({
      currency: 'KWD',
      pricesIncludeVat: false,
      lines: [{ quantity: 1, unitPriceMinor: 12_345, category: vatCategory('S', 500) }],
    });
    expect(fils).toEqual({
      ok: false,
      error: {
        code: 'amount-precision',
        message: 'An e-invoice states at most 2 decimals: every KWD amount must be a multiple of 0.01 KWD.',
      },
    });
  });

  test('credit lines (negative quantity) and prepayments', () => {
    const result = totals({
      currency: 'EUR',
      pricesIncludeVat: false,
      lines: [
        { quantity: 1, unitPriceMinor: 1_001, category: S25 },
        { quantity: -1, unitPriceMinor: 333, category: S25 },
      ],
      paidMinor: 500,
    });
    expect(result.breakdown[0]).toMatchObject({ taxableMinor: 668, vatMinor: 167 });
    expect(result.lines.map((line) => line.vatMinor).reduce((a, b) => a + b)).toBe(167);
    expect(result.payableMinor).toBe(668 + 167 - 500);
  });

  test('a negative unit price is refused (BR-27): a credit is a negative quantity', () => {
    const result = computeDocumentTotals({
      currency: 'EUR',
      pricesIncludeVat: false,
      lines: [{ quantity: 1, unitPriceMinor: -100, category: S25 }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'negative-price' } });
  });
});
