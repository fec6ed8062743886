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
