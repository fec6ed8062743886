import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { CouponRules } from './coupon';
import { currencyExponent } from './currency';
import { priceCheckout, type PricingItem } from './pricing';
import { computeDocumentTotals, type TotalsAllowanceCharge, type TotalsLine } from './vat/document-totals';
import { lineCategory } from './vat/line-category';
import type { VatCategoryCode } from './vat/vat-category';

const CATEGORIES: { code: VatCategoryCode; rateBp: number }[] = [
  { code: 'S', rateBp: 2500 },
  { code: 'S', rateBp: 1500 },
  { code: 'S', rateBp: 1200 },
  { code: 'S', rateBp: 550 },
  { code: 'S', rateBp: 2550 },
  { code: 'Z', rateBp: 0 },
  { code: 'E', rateBp: 0 },
  { code: 'AE', rateBp: 0 },
  { code: 'G', rateBp: 0 },
];
const CURRENCIES = ['EUR', 'NOK', 'JPY', 'ISK', 'KWD', 'BHD'];

const basket = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  items: fc.array(
    fc.record({
      kind: fc.constantFrom('plan' as const, 'one_off' as const),
      quantity: fc.integer({ min: 1, max: 40 }),
      units: fc.integer({ min: 0, max: 2_000_000 }),
      setupUnits: fc.integer({ min: 0, max: 5_000 }),
      category: fc.constantFrom(...CATEGORIES),
    }),
    { minLength: 1, maxLength: 10 },
  ),
  percentOff: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
});

const couponOf = (percentOff: number): CouponRules => ({
  code: 'P',
  kind: 'percent',
  percentOff,
  amountOffMinor: null,
  currency: null,
  duration: 'once',
  durationTerms: null,
  planIds: null,
  validFrom: null,
  validUntil: null,
  maxRedemptions: null,
  timesRedeemed: 0,
  maxRedemptionsPerCustomer: null,
  active: true,
});

// A net-price invoice is what its e-invoice says: computeDocumentTotals, fed the stored lines
// the way the e-invoice builder feeds them (nets; negative lines as allowances), finds the
// same line VAT, the same category totals and the same amount due, with no rounding amount.
test('net prices: lines, category totals and the document total agree with the EN 16931 totals', () => {
  fc.assert(
    fc.property(basket, ({ currency, items, percentOff }) => {
      // Amounts an e-invoice can state: 3-decimal currencies in steps of 10.
      const step = currencyExponent(currency) > 2 ? 10 : 1;
      const pricing: PricingItem[] = items.map((item, index) =>
        item.kind === 'plan'
          ? {
              kind: 'plan',
              ref: String(index),
              planId: `plan-${index}`,
              description: `Plan ${index}`,
              quantity: item.quantity,
              unitPriceMinor: item.units * step,
              setupFeeMinor: item.setupUnits * step,
              taxRateBp: item.category.rateBp,
              vatCategory: item.category.code,
              trial: false,
            }
          : {
              kind: 'one_off',
              ref: String(index),
              productId: `product-${index}`,
              description: `Product ${index}`,
              quantity: item.quantity,
              unitPriceMinor: item.units * step,
              taxRateBp: item.category.rateBp,
              vatCategory: item.category.code,
            },
      );
      // A percentage of a 3-decimal price lands on single fils, which no e-invoice can state (BR-DEC).
      const coupon = percentOff === null || step > 1 ? null : couponOf(percentOff);
      const priced = priceCheckout({ currency, items: pricing, coupon, mode: { pricesIncludeVat: false } });
      if (!priced.ok) throw new Error(priced.error);
      const invoice = priced.value;

      const lines: TotalsLine[] = [];
      const allowances: TotalsAllowanceCharge[] = [];
      for (const line of invoice.lines) {
        const net = line.amountMinor - line.taxMinor;
        if (net < 0) allowances.push({ kind: 'allowance', amountMinor: -net, category: lineCategory(line) });
        else lines.push({ quantity: line.quantity, unitPriceMinor: line.unitAmountMinor, category: lineCategory(line) });
        if (net >= 0) expect(line.quantity * line.unitAmountMinor).toBe(net);
      }
      const totals = computeDocumentTotals({ currency, pricesIncludeVat: false, lines, allowanceCharges: allowances });
      if (!totals.ok) throw new Error(totals.error.message);
      const doc = totals.value;

      const charged = invoice.lines.filter((line) => line.amountMinor - line.taxMinor >= 0);
      const discounts = invoice.lines.filter((line) => line.amountMinor - line.taxMinor < 0);
      expect(doc.lines.map((line) => line.vatMinor)).toEqual(charged.map((line) => line.taxMinor));
      expect(doc.allowanceCharges.map((entry) => -entry.vatMinor + 0)).toEqual(discounts.map((line) => line.taxMinor));
      expect(doc.breakdown.reduce((sum, entry) => sum + entry.vatMinor, 0)).toBe(invoice.taxMinor);
      expect(doc.vatTotalMinor).toBe(invoice.taxMinor);
      expect(doc.taxExclusiveMinor).toBe(invoice.subtotalMinor);
      expect(doc.roundingMinor).toBe(0);
      expect(doc.payableMinor).toBe(invoice.totalMinor);
      expect(invoice.subtotalMinor + invoice.taxMinor).toBe(invoice.totalMinor);
      for (const line of invoice.lines) expect(Math.abs(line.taxMinor) % step).toBe(0);
    }),
    { numRuns: 400 },
  );
});
