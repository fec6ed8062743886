import { isSupportedCurrency } from '@/lib/billing/currency';
import { err, ok, type Result } from '@/lib/billing/result';
import { computeDocumentTotals } from '@/lib/billing/vat/document-totals';
import { categoryKey, exemptionFor } from '@/lib/billing/vat/vat-category';
import { checkSellerIdentity, type MissingSellerSettings } from './check-seller-identity';
import type { EinvoiceDocument, EinvoiceInput } from './document';

export type EinvoiceBuildError =
  | MissingSellerSettings
  | {
      code:
        | 'unknown-currency'
        | 'amount-precision'
        | 'negative-price'
        | 'no-lines'
        | 'reference-missing'
        | 'credited-invoice-missing'
        | 'outside-scope-mixed'
        | 'buyer-vat-id-required'
        | 'delivery-country-required';
      message: string;
    };

function checkStructure(input: EinvoiceInput): EinvoiceBuildError | null {
  const items = [...input.lines, ...(input.allowanceCharges ?? [])];
  const codes = new Set(items.map((item) => item.category.code));
  if (!isSupportedCurrency(input.currency)) return { code: 'unknown-currency', message: `Unknown currency ${input.currency}.` };
  if (input.lines.length === 0) return { code: 'no-lines', message: 'A document needs at least one line.' };
  if (!input.buyerReference && !input.orderReference) {
    return { code: 'reference-missing', message: "Peppol needs the buyer's reference or an order reference." };
  }
  if (input.kind === 'credit-note' && !input.creditsInvoice) {
    return { code: 'credited-invoice-missing', message: 'A credit note must name the invoice it credits.' };
  }
  if (codes.has('O') && codes.size > 1) {
    return {
      code: 'outside-scope-mixed',
      message:
        'Amounts outside the scope of VAT (such as a reminder fee) go on their own document: EN 16931 allows no other VAT category beside them (BR-O-11..14).',
    };
  }
  if ((codes.has('AE') || codes.has('K')) && !input.buyer.vatId) {
    return { code: 'buyer-vat-id-required', message: "Reverse charge and intra-Community supplies need the buyer's VAT id on the invoice." };
  }
  if (codes.has('K') && !input.delivery?.address?.country) {
    return { code: 'delivery-country-required', message: 'An intra-Community supply of goods needs the delivery country (BR-IC-12).' };
  }
  return null;
}

/**
 * Checks an e-invoice input and computes its EN 16931 totals: the one place where a document
 * becomes complete, so the serializer only maps a valid document. Nothing is written on failure.
 */
export function buildEinvoiceDocument(input: EinvoiceInput): Result<EinvoiceDocument, EinvoiceBuildError> {
  const seller = checkSellerIdentity(input);
  if (!seller.ok) return seller;
  const problem = checkStructure(input);
  if (problem) return err(problem);
  const allowanceCharges = input.allowanceCharges ?? [];
  const totals = computeDocumentTotals({
    currency: input.currency,
    pricesIncludeVat: input.pricesIncludeVat,
    lines: input.lines,
    allowanceCharges,
    paidMinor: input.paidMinor,
  });
  if (!totals.ok) return err(totals.error);
  const notes = new Map<string, string>();
  for (const item of [...input.lines, ...allowanceCharges]) {
    const key = categoryKey(item.category);
    if (item.exemptionNote && !notes.has(key)) notes.set(key, item.exemptionNote);
  }
  const exemptions = totals.value.breakdown.map(({ category }) => {
    const standard = exemptionFor(category.code);
    return standard && { code: standard.code, text: notes.get(categoryKey(category)) ?? standard.text };
  });
  return ok({ ...input, seller: seller.value, totals: totals.value, exemptions });
}
