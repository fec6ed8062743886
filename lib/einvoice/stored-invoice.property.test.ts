import fc from 'fast-check';
import { expect, test } from 'vitest';
import { currencyExponent } from '@/lib/billing/currency';
import { priceCheckout, type PricingItem } from '@/lib/billing/pricing';
import { lineVat, type TaxableItem, type VatContext } from '@/lib/billing/vat/line-vat';
import { categoryKey } from '@/lib/billing/vat/vat-category';
import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';
import { vatSummary } from '@/lib/pdf/vat-summary';
import { buildEinvoiceDocument } from './build-document';
import { einvoiceFromInvoice } from './einvoice-from-invoice';
import { storedCategory } from './einvoice-lines';

const seller = {
  legalName: 'Kadens Demo Shop', legalForm: 'B.V.', addressLine1: 'Keizersgracht 100', addressLine2: null, postalCode: '1015 AA', city: 'Amsterdam',
  country: 'NL', vatId: 'NL004495445B01', organisationNumber: '12345678', peppolScheme: '0106', peppolValue: '12345678',
  contactEmail: 'support@example.com', contactPhone: null, iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', domesticAccount: null,
};

const sale = fc.record({
  currency: fc.constantFrom('EUR', 'NOK', 'SEK', 'JPY', 'ISK', 'KWD', 'BHD'),
  buyer: fc.record({
    country: fc.constantFrom('NL', 'DE', 'BE', 'FR', 'NO', 'US', 'CH'),
    kind: fc.constantFrom('business' as const, 'consumer' as const),
    hasValidVatId: fc.boolean(),
  }),
  oss: fc.boolean(),
  items: fc.array(
    fc.record({
      taxClass: fc.constantFrom('standard' as const, 'reduced' as const, 'zero' as const, 'exempt' as const),
      supply: fc.constantFrom('digital' as const, 'physical' as const, 'service' as const),
      shopRateBp: fc.constantFrom(0, 900, 2100),
      units: fc.integer({ min: 0, max: 500_000 }),
      quantity: fc.integer({ min: 1, max: 12 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  percentOff: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
});

/**
 * The app's whole path for random baskets: lines priced by the checkout with the VAT decided for a
 * random buyer (categories S/Z/E/AE/K/G, currencies of 0, 2 and 3 decimals), stored as invoice
 * lines, summarised on the PDF, and made into an EN 16931 document. Every view must agree with the
 * stored invoice to the minor unit.
 */
test('stored lines, the PDF VAT summary and the e-invoice totals agree to the minor unit', () => {
  fc.assert(
    fc.property(sale, (drawn) => {
      const step = currencyExponent(drawn.currency) > 2 ? 10 : 1;
      const context: VatContext = { seller: { country: 'NL', ossRegistered: drawn.oss }, buyer: drawn.buyer };
      const items: PricingItem[] = [];
      drawn.items.forEach((item, index) => {
        const taxable: TaxableItem = { taxClass: item.shopRateBp === 0 && item.taxClass !== 'exempt' ? 'zero' : item.taxClass, supply: item.supply, shopRateBp: item.shopRateBp };
        const vat = lineVat(context, taxable);
        if (!vat.ok) throw new Error(vat.error);
        items.push({ kind: 'one_off', ref: String(index), productId: String(index), description: `Item ${index}`, quantity: item.quantity, unitPriceMinor: item.units * step, taxRateBp: vat.value.rateBp, vatCategory: vat.value.category });
      });
      const coupon = drawn.percentOff === null ? null : {
        code: 'P', kind: 'percent' as const, percentOff: drawn.percentOff, amountOffMinor: null, currency: null, duration: 'once' as const, durationTerms: null,
        planIds: null, validFrom: null, validUntil: null, maxRedemptions: null, timesRedeemed: 0, maxRedemptionsPerCustomer: null, active: true,
      };
      const priced = priceCheckout({ currency: drawn.currency, items, coupon });
      if (!priced.ok) throw new Error(priced.error);
      // A percentage of a 3-decimal amount is not in steps of 10 fils: such a shop prices coupons it can state.
      if (priced.value.lines.some((line) => line.amountMinor % step !== 0)) return;
      const invoice: InvoicePdfInput['invoice'] = {
        number: 'P-1', status: 'open', currency: drawn.currency, issuedAt: '2026-11-01T09:00:00.000Z', dueAt: null, paidAt: null,
        billedTo: { name: 'Buyer', companyName: drawn.buyer.kind === 'business' ? 'Buyer Ltd' : null, vatId: drawn.buyer.hasValidVatId ? 'BE0876543270' : null, addressLine1: 'Street 1', addressLine2: null, postalCode: '1000', city: 'City', country: drawn.buyer.country },
        lines: priced.value.lines.map((line) => ({ ...line, vatCategory: line.vatCategory ?? null, periodStart: null, periodEnd: null })),
        subtotalMinor: priced.value.subtotalMinor, taxMinor: priced.value.taxMinor, totalMinor: priced.value.totalMinor,
        amountPaidMinor: 0, creditedMinor: 0, paymentReference: null, vatNotes: null,
      };

      // The PDF's VAT summary: rows per category and rate that add up to the stored totals.
      const summary = vatSummary(invoice.lines);
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
      expect(sum(summary.map((row) => row.grossMinor))).toBe(invoice.totalMinor);
      expect(sum(summary.map((row) => row.taxMinor))).toBe(invoice.taxMinor);
      expect(sum(summary.map((row) => row.netMinor))).toBe(invoice.subtotalMinor);

      // The e-invoice: the customer owes exactly the stored total, one breakdown group per stored
      // category and rate, and its VAT within a minor unit per line of the stored VAT.
      const built = buildEinvoiceDocument({ ...einvoiceFromInvoice(invoice, seller, { timeZone: 'Europe/Amsterdam' }), buyerReference: 'Buyer' });
      if (!built.ok) {
        // The builder refuses what EN 16931 forbids; nothing else.
        expect(['buyer-vat-id-required', 'delivery-country-required', 'outside-scope-mixed']).toContain(built.error.code);
        return;
      }
      const totals = built.value.totals;
      expect(totals.payableMinor + totals.paidMinor).toBe(invoice.totalMinor);
      const stored = new Set(invoice.lines.filter((line) => line.amountMinor !== 0 || line.quantity !== 0).map((line) => categoryKey(storedCategory(line))));
      for (const entry of totals.breakdown) expect(stored).toContain(categoryKey(entry.category));
      expect(Math.abs(totals.vatTotalMinor - invoice.taxMinor)).toBeLessThanOrEqual(step * invoice.lines.length);
    }),
    { numRuns: 300 },
  );
});
