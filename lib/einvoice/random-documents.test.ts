import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { vatCategory } from '@/lib/billing/vat/vat-category';
import { buildEinvoiceDocument } from './build-document';
import type { EinvoiceInput } from './document';
import { serializeUbl } from './serialize-ubl';
import { belgianBusiness, dutchSeller } from './test-support/parties';

const OUTPUT = path.resolve(import.meta.dirname, '../../.test-results/einvoices');

const CATEGORIES = [
  vatCategory('S', 2100),
  vatCategory('S', 900),
  vatCategory('S', 2550),
  vatCategory('Z'),
  vatCategory('E'),
  vatCategory('AE'),
  vatCategory('K'),
  vatCategory('G'),
];

/** Random documents of mixed categories, currencies, price modes, coupons and charges. */
const documentInput = fc.record({
  kind: fc.constantFrom('invoice' as const, 'credit-note' as const),
  currency: fc.constantFrom('EUR', 'NOK', 'JPY', 'KWD', 'SEK'),
  pricesIncludeVat: fc.boolean(),
  lines: fc.array(
    fc.record({ quantity: fc.integer({ min: 1, max: 40 }), units: fc.integer({ min: 0, max: 2_000_000 }), category: fc.constantFrom(...CATEGORIES) }),
    { minLength: 1, maxLength: 8 },
  ),
  allowanceCharges: fc.array(
    fc.record({ kind: fc.constantFrom('allowance' as const, 'charge' as const), units: fc.integer({ min: 1, max: 20_000 }), category: fc.constantFrom(...CATEGORIES) }),
    { maxLength: 2 },
  ),
});

/**
 * Thirty random documents, fixed seed, written with the scenarios so the official EN 16931 and
 * Peppol rules (scripts/validate-einvoices.ts) check the rounding of many baskets, not just the
 * hand-picked ones.
 */
test('random documents are built, serialized and kept for the official rules', () => {
  mkdirSync(OUTPUT, { recursive: true });
  const samples = fc.sample(documentInput, { numRuns: 30, seed: 20261205 });
  samples.forEach((drawn, index) => {
    const step = drawn.currency === 'KWD' ? 10 : 1;
    const input: EinvoiceInput = {
      kind: drawn.kind,
      number: `RND-${index}`,
      issueDate: '2026-11-01',
      dueDate: '2026-11-15',
      currency: drawn.currency,
      pricesIncludeVat: drawn.pricesIncludeVat,
      buyerReference: `RND-${index}`,
      seller: dutchSeller,
      buyer: belgianBusiness,
      delivery: { date: '2026-11-01', address: belgianBusiness.address },
      lines: drawn.lines.map((line, position) => ({
        id: String(position + 1),
        name: `Item ${position + 1}`,
        quantity: line.quantity,
        unitPriceMinor: line.units * step,
        category: line.category,
      })),
      allowanceCharges: drawn.allowanceCharges.map((entry) => ({
        kind: entry.kind,
        amountMinor: entry.units * step,
        reason: entry.kind === 'allowance' ? 'Discount' : 'Handling',
        reasonCode: entry.kind === 'allowance' ? '95' : 'ABL',
        category: entry.category,
      })),
      creditsInvoice: drawn.kind === 'credit-note' ? { number: `INV-${index}` } : undefined,
      payment: { means: 'sepa-credit-transfer' },
    };
    const built = buildEinvoiceDocument(input);
    if (!built.ok) throw new Error(built.error.message);
    const xml = serializeUbl(built.value);
    expect(xml).toContain(`<cbc:ID>RND-${index}</cbc:ID>`);
    writeFileSync(path.join(OUTPUT, `random-${String(index).padStart(2, '0')}.xml`), xml);
  });
});
