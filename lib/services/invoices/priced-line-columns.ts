import type { PricedInvoice } from '@/lib/billing/pricing';
import type { PricedLine } from '@/lib/billing/priced-line';

/** The columns of an invoice line a priced line fills (the caller adds the invoice, position and term). */
export function pricedLineColumns(line: PricedLine) {
  return {
    kind: line.kind,
    description: line.description,
    quantity: line.quantity,
    unitAmountMinor: line.unitAmountMinor,
    amountMinor: line.amountMinor,
    taxRateBp: line.taxRateBp,
    taxMinor: line.taxMinor,
    vatCategory: line.vatCategory ?? null,
  };
}

/**
 * The document's VAT notes (the legal note per category, e.g. reverse charge), country evidence
 * and price mode (VAT-inclusive or net, frozen here), as stored on the invoice.
 */
export function documentVatColumns(priced: PricedInvoice) {
  return {
    pricesIncludeVat: priced.pricesIncludeVat ?? true,
    vatNotes: priced.vat && Object.keys(priced.vat.notes).length > 0 ? priced.vat.notes : null,
    vatEvidence: priced.vat?.evidence ?? null,
  };
}
