import fc from 'fast-check';
import { expect, test } from 'vitest';
import { currencyExponent } from '../currency';
import { computeDocumentTotals } from './document-totals';
import { categoryKey, type VatCategory, vatCategory } from './vat-category';

const CATEGORIES: VatCategory[] = [
  vatCategory('S', 2500),
  vatCategory('S', 2100),
  vatCategory('S', 1500),
  vatCategory('S', 550),
  vatCategory('S', 2550),
  vatCategory('Z'),
  vatCategory('E'),
  vatCategory('AE'),
  vatCategory('K'),
  vatCategory('G'),
  vatCategory('O'),
];
// 2 decimals, 0 (JPY, ISK) and 3 (KWD, BHD: stated in steps of 10 fils, BR-DEC-*).
const CURRENCIES = ['EUR', 'NOK', 'JPY', 'ISK', 'KWD', 'BHD', 'SEK'];

const basket = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    pricesIncludeVat: fc.boolean(),
    lines: fc.array(
      fc.record({
        quantity: fc.integer({ min: -3, max: 50 }),
        units: fc.integer({ min: 0, max: 5_000_000 }),
        category: fc.constantFrom(...CATEGORIES),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    allowanceCharges: fc.array(
      fc.record({
        kind: fc.constantFrom('allowance' as const, 'charge' as const),
        units: fc.integer({ min: 0, max: 200_000 }),
        category: fc.constantFrom(...CATEGORIES),
      }),
      { maxLength: 3 },
    ),
    paidUnits: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map((drawn) => {
    // Amounts in steps the document can state: fils in tens for KWD (2 decimals at most).
    const step = currencyExponent(drawn.currency) > 2 ? 10 : 1;
    return {
      step,
      input: {
        currency: drawn.currency,
        pricesIncludeVat: drawn.pricesIncludeVat,
        lines: drawn.lines.map((line) => ({ quantity: line.quantity, unitPriceMinor: line.units * step, category: line.category })),
        allowanceCharges: drawn.allowanceCharges.map((entry) => ({
          kind: entry.kind,
          amountMinor: entry.units * step,
          category: entry.category,
        })),
        paidMinor: drawn.paidUnits * step,
      },
    };
  });

/** |value - numerator/denominator| <= step/2, in exact integer arithmetic. */
function isRoundedTo(value: number, numerator: bigint, denominator: bigint, step: number): boolean {
  const difference = BigInt(value) * denominator - numerator;
  const bound = BigInt(step) * denominator;
  return 2n * (difference < 0n ? -difference : difference) <= bound && value % step === 0;
}

test('for random baskets, currencies and categories the EN 16931 totals rules hold to the minor unit', () => {
  fc.assert(
    fc.property(basket, ({ step, input }) => {
      const result = computeDocumentTotals(input);
      if (!result.ok) throw new Error(result.error.message);
      const totals = result.value;
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
      const allowances = input.allowanceCharges.map((entry, index) => ({ ...entry, ...totals.allowanceCharges[index] }));

      // Each line net is the line amount, or the VAT-inclusive amount less its VAT rounded once.
      input.lines.forEach((line, index) => {
        const amount = line.quantity * line.unitPriceMinor;
        const net = totals.lines[index].netMinor;
        if (!input.pricesIncludeVat) expect(net).toBe(amount);
        else {
          const rate = BigInt(line.category.rateBp);
          expect(isRoundedTo(amount - net, BigInt(amount) * rate, 10_000n + rate, step)).toBe(true);
        }
      });

      // BR-CO-10..13, 15, 16.
      expect(totals.lineNetTotalMinor).toBe(sum(totals.lines.map((line) => line.netMinor)));
      expect(totals.allowanceTotalMinor).toBe(sum(allowances.filter((a) => a.kind === 'allowance').map((a) => a.netMinor)));
      expect(totals.chargeTotalMinor).toBe(sum(allowances.filter((a) => a.kind === 'charge').map((a) => a.netMinor)));
      expect(totals.taxExclusiveMinor).toBe(totals.lineNetTotalMinor - totals.allowanceTotalMinor + totals.chargeTotalMinor);
      expect(totals.taxInclusiveMinor).toBe(totals.taxExclusiveMinor + totals.vatTotalMinor);
      expect(totals.payableMinor).toBe(totals.taxInclusiveMinor - totals.paidMinor + totals.roundingMinor);

      // One breakdown entry per category and rate; BR-S-08 (taxable), BR-CO-17 (VAT rounded once), BR-CO-14.
      const keys = new Set([...input.lines, ...input.allowanceCharges].map((item) => categoryKey(item.category)));
      expect(totals.breakdown.map((entry) => categoryKey(entry.category)).sort()).toEqual([...keys].sort());
      for (const entry of totals.breakdown) {
        const key = categoryKey(entry.category);
        const lineNets = input.lines.flatMap((line, index) => (categoryKey(line.category) === key ? [totals.lines[index]] : []));
        const ofCategory = allowances.filter((a) => categoryKey(a.category) === key);
        const charges = sum(ofCategory.filter((a) => a.kind === 'charge').map((a) => a.netMinor));
        const allowed = sum(ofCategory.filter((a) => a.kind === 'allowance').map((a) => a.netMinor));
        expect(entry.taxableMinor).toBe(sum(lineNets.map((line) => line.netMinor)) + charges - allowed);
        expect(isRoundedTo(entry.vatMinor, BigInt(entry.taxableMinor) * BigInt(entry.category.rateBp), 10_000n, step)).toBe(true);
        // Line VAT (for PDFs) adds up exactly to the category's VAT, each within a step of net x rate.
        const chargeVat = sum(ofCategory.filter((a) => a.kind === 'charge').map((a) => a.vatMinor));
        const allowanceVat = sum(ofCategory.filter((a) => a.kind === 'allowance').map((a) => a.vatMinor));
        expect(sum(lineNets.map((line) => line.vatMinor)) + chargeVat - allowanceVat).toBe(entry.vatMinor);
        for (const line of lineNets) {
          const exact = BigInt(line.netMinor) * BigInt(entry.category.rateBp);
          expect(BigInt(line.vatMinor) * 10_000n - exact <= BigInt(step) * 10_000n).toBe(true);
          expect(exact - BigInt(line.vatMinor) * 10_000n < BigInt(step) * 10_000n).toBe(true);
        }
      }
      expect(totals.vatTotalMinor).toBe(sum(totals.breakdown.map((entry) => entry.vatMinor)));

      // With VAT-inclusive prices the customer pays exactly what was shown.
      const shown =
        sum(input.lines.map((line) => line.quantity * line.unitPriceMinor)) +
        sum(input.allowanceCharges.map((a) => (a.kind === 'charge' ? a.amountMinor : -a.amountMinor)));
      if (input.pricesIncludeVat) expect(totals.payableMinor + totals.paidMinor).toBe(shown);
      else expect(totals.roundingMinor).toBe(0);

      // Every amount is one the document can state (BR-DEC-*: 2 decimals at most).
      for (const amount of [totals.taxExclusiveMinor, totals.vatTotalMinor, totals.payableMinor, ...totals.lines.map((l) => l.vatMinor)]) {
        expect(amount % step === 0).toBe(true);
      }
    }),
    { numRuns: 500 },
  );
});
