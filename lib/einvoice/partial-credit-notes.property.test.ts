import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { creditNoteLines, type CreditableLine, type CreditLine } from '@/lib/billing/credit-note-lines';
import { currencyExponent } from '@/lib/billing/currency';
import { priceCheckout, type PricingItem } from '@/lib/billing/pricing';
import type { CreditNotePdfInput } from '@/lib/pdf/credit-note-pdf-input';
import { vatSummary } from '@/lib/pdf/vat-summary';
import { buildEinvoiceDocument } from './build-document';
import { einvoiceFromCreditNote } from './einvoice-from-credit-note';
import { serializeUbl } from './serialize-ubl';

const OUTPUT = path.resolve(import.meta.dirname, '../../.test-results/einvoices');

const seller = {
  legalName: 'Kadens Demo Shop', legalForm: 'B.V.', addressLine1: 'Keizersgracht 100', addressLine2: null, postalCode: '1015 AA', city: 'Amsterdam',
  country: 'NL', vatId: 'NL004495445B01', organisationNumber: '12345678', peppolScheme: '0106', peppolValue: '12345678',
  contactEmail: 'support@example.com', contactPhone: null, iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', domesticAccount: null,
};
const billedTo = { name: 'Buyer', companyName: 'Buyer B.V.', vatId: 'NL123456782B01', addressLine1: 'Street 1', addressLine2: null, postalCode: '1000 AA', city: 'Utrecht', country: 'NL' };

const invoiceDraw = fc.record({
  currency: fc.constantFrom('EUR', 'NOK', 'JPY', 'ISK', 'KWD', 'BHD'),
  pricesIncludeVat: fc.boolean(),
  items: fc.array(
    fc.record({ rateBp: fc.constantFrom(0, 600, 900, 1200, 1500, 2100, 2500), units: fc.integer({ min: 1, max: 300_000 }), quantity: fc.integer({ min: 1, max: 5 }) }),
    { minLength: 1, maxLength: 5 },
  ),
  amountOff: fc.option(fc.integer({ min: 1, max: 2_000 }), { nil: null }),
  // Each partial credit as thousandths of what is left; the rest is credited last.
  partials: fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 3 }),
});

/** A credit note as its PDF and page show it (the stored note), for the e-invoice. */
function storedNote(number: string, currency: string, pricesIncludeVat: boolean, lines: CreditLine[]): CreditNotePdfInput['creditNote'] {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const taxMinor = sum(lines.map((line) => line.taxMinor));
  const totalMinor = sum(lines.map((line) => line.amountMinor));
  return {
    number, invoiceNumber: 'INV-3795-1', invoiceIssuedAt: '3795-03-01T09:00:00.000Z', currency, issuedAt: '3795-03-20T09:00:00.000Z',
    reason: 'Partial credit', disposition: 'balance', billedTo, pricesIncludeVat,
    lines: lines.map((line) => ({ ...line, unitAmountMinor: line.amountMinor / line.quantity, vatCategory: line.vatCategory ?? null, periodStart: null, periodEnd: null })),
    subtotalMinor: totalMinor - taxMinor, taxMinor, totalMinor, vatNotes: null,
  };
}

/**
 * Random net-price and VAT-inclusive invoices in 0-, 2- and 3-decimal currencies, credited in one
 * to three random parts and then the rest. Each note's stored lines (its PDF and page), its PDF VAT
 * summary and its UBL totals must agree, and all notes together must give back the invoice exactly.
 */
test('partial credit notes: stored lines, PDF summary and UBL agree; all notes together equal the invoice', () => {
  fc.assert(
    fc.property(invoiceDraw, (drawn) => {
      const step = currencyExponent(drawn.currency) > 2 ? 10 : 1;
      const items: PricingItem[] = drawn.items.map((item, index) => ({
        kind: 'one_off', ref: String(index), productId: String(index), description: `Item ${index}`, quantity: item.quantity,
        unitPriceMinor: item.units * step, taxRateBp: item.rateBp, vatCategory: item.rateBp > 0 ? 'S' : 'Z',
      }));
      const coupon = drawn.amountOff === null ? null : {
        code: 'A', kind: 'fixed' as const, percentOff: null, amountOffMinor: drawn.amountOff * step, currency: drawn.currency, duration: 'once' as const, durationTerms: null,
        planIds: null, validFrom: null, validUntil: null, maxRedemptions: null, timesRedeemed: 0, maxRedemptionsPerCustomer: null, active: true,
      };
      const mode = { pricesIncludeVat: drawn.pricesIncludeVat };
      const priced = priceCheckout({ currency: drawn.currency, items, coupon, mode });
      if (!priced.ok) return;
      // A coupon spread over 3-decimal lines lands between 10-fils steps: such an invoice has no e-invoice to mirror.
      if (priced.value.lines.some((line) => line.amountMinor % step !== 0 || (!drawn.pricesIncludeVat && line.taxMinor % step !== 0))) return;
      const invoice = { currency: drawn.currency, pricesIncludeVat: drawn.pricesIncludeVat };
      let lines: CreditableLine[] = priced.value.lines.map((line, index) => ({
        invoiceLineId: String(index), description: line.description, quantity: line.quantity, amountMinor: line.amountMinor,
        taxRateBp: line.taxRateBp, taxMinor: line.taxMinor, vatCategory: line.vatCategory ?? null, creditedMinor: 0, creditedTaxMinor: 0,
      }));
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
      const left = () => sum(lines.map((line) => line.amountMinor - line.creditedMinor));
      const notes: CreditNotePdfInput['creditNote'][] = [];
      for (const [index, part] of [...drawn.partials, 1000].entries()) {
        if (left() <= 0) break;
        const wanted = part === 1000 ? left() : Math.max(step, Math.floor((left() * part) / 1000 / step) * step);
        if (wanted > left()) continue;
        const split = creditNoteLines(lines, wanted, invoice);
        // A net-price part that no net + rounded VAT makes is refused, naming the nearest amounts
        // that can be credited: no note for it. A VAT-inclusive part and the rest always can be.
        if (!split.ok && split.error.kind === 'inexact' && !drawn.pricesIncludeVat && part !== 1000) {
          expect(split.error.belowMinor ?? 0).toBeLessThan(wanted);
          expect(split.error.aboveMinor).toBeGreaterThan(wanted);
          expect(split.error.aboveMinor).toBeLessThanOrEqual(left());
          for (const nearest of [split.error.belowMinor, split.error.aboveMinor]) {
            if (nearest !== null) expect(creditNoteLines(lines, nearest, invoice)).toMatchObject({ ok: true, value: { totalMinor: nearest } });
          }
          continue;
        }
        if (!split.ok) throw new Error(split.error.message);
        expect(split.value.totalMinor).toBe(wanted);
        const note = storedNote(`CN-3795-${index}`, drawn.currency, drawn.pricesIncludeVat, split.value.lines);
        notes.push(note);
        lines = lines.map((line) => {
          const taken = split.value.lines.find((credit) => credit.invoiceLineId === line.invoiceLineId);
          return taken ? { ...line, creditedMinor: line.creditedMinor + taken.amountMinor, creditedTaxMinor: line.creditedTaxMinor + taken.taxMinor } : line;
        });
        // A line's share of its category's VAT may lean a step either way (EN 16931 has no line VAT);
        // its net never goes beyond what it had.
        for (const line of lines) {
          expect(Math.abs(line.creditedMinor - line.creditedTaxMinor)).toBeLessThanOrEqual(Math.abs(line.amountMinor - line.taxMinor));
          expect(Math.abs(line.creditedMinor)).toBeLessThanOrEqual(Math.abs(line.amountMinor) + (drawn.pricesIncludeVat ? 0 : step * lines.length));
        }
      }
      expect(left()).toBe(0);
      expect(sum(notes.map((note) => note.totalMinor))).toBe(priced.value.totalMinor);
      expect(sum(notes.map((note) => note.taxMinor))).toBe(priced.value.taxMinor);

      for (const note of notes) {
        const summary = vatSummary(note.lines);
        expect(sum(summary.map((row) => row.grossMinor))).toBe(note.totalMinor);
        expect(sum(summary.map((row) => row.taxMinor))).toBe(note.taxMinor);
        const built = buildEinvoiceDocument(einvoiceFromCreditNote(note, seller, { timeZone: 'Europe/Amsterdam' }));
        if (!built.ok) throw new Error(`${built.error.code}: ${built.error.message}`);
        const totals = built.value.totals;
        expect(totals.payableMinor).toBe(note.totalMinor);
        if (!drawn.pricesIncludeVat) {
          // Net prices: the UBL states exactly the note's VAT and net, with nothing to round.
          expect(totals.vatTotalMinor).toBe(note.taxMinor);
          expect(totals.taxExclusiveMinor).toBe(note.subtotalMinor);
          expect(totals.roundingMinor).toBe(0);
        }
      }
    }),
    { numRuns: 400 },
  );
});

/**
 * Partial credit notes of net-price invoices in EUR, NOK, JPY and KWD, written for the official
 * EN 16931 and Peppol rules (.ci/run validates .test-results/einvoices/ after the tests).
 */
test('partial credit notes of net-price invoices are written for the official rules', () => {
  mkdirSync(OUTPUT, { recursive: true });
  const cases = [
    { currency: 'EUR', units: [1999, 4995, 250], rates: [2100, 900, 2100], credit: 3333 },
    { currency: 'NOK', units: [39900, 14900], rates: [2500, 1500], credit: 20001 },
    { currency: 'JPY', units: [1980, 550], rates: [1000, 800], credit: 777 },
    { currency: 'KWD', units: [12340, 5670], rates: [500, 0], credit: 6660 },
  ];
  for (const c of cases) {
    const items: PricingItem[] = c.units.map((unitPriceMinor, index) => ({
      kind: 'one_off', ref: String(index), productId: String(index), description: `Item ${index + 1}`, quantity: 1, unitPriceMinor,
      taxRateBp: c.rates[index]!, vatCategory: c.rates[index]! > 0 ? 'S' : 'Z',
    }));
    const priced = priceCheckout({ currency: c.currency, items, coupon: null, mode: { pricesIncludeVat: false } });
    if (!priced.ok) throw new Error(priced.error);
    const lines: CreditableLine[] = priced.value.lines.map((line, index) => ({ ...line, invoiceLineId: String(index), vatCategory: line.vatCategory ?? null, creditedMinor: 0, creditedTaxMinor: 0 }));
    const split = creditNoteLines(lines, c.credit, { currency: c.currency, pricesIncludeVat: false });
    if (!split.ok) throw new Error(split.error.message);
    const note = storedNote(`CN-3796-NET-${c.currency}`, c.currency, false, split.value.lines);
    const built = buildEinvoiceDocument(einvoiceFromCreditNote(note, seller, { timeZone: 'Europe/Amsterdam' }));
    if (!built.ok) throw new Error(built.error.message);
    expect(built.value.totals.vatTotalMinor).toBe(note.taxMinor);
    expect(built.value.totals.payableMinor).toBe(note.totalMinor);
    writeFileSync(path.join(OUTPUT, `partial-credit-net-${c.currency.toLowerCase()}.xml`), serializeUbl(built.value));
  }
});
