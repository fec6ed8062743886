import type { InvoicePdfLine } from './invoice-pdf-input';

export type VatSummaryRow = { rateBp: number; netMinor: number; taxMinor: number; grossMinor: number };

/**
 * VAT per rate, in the order the rates first appear, from the lines as stored: for the PDFs'
 * VAT summary and the invoice e-mail's VAT lines alike.
 *
 * NOTE: sums of the lines' own rounded amounts, never recomputed from a rate: the rows then add
 * up exactly to the invoice's subtotal, tax and total.
 */
export function vatSummary(lines: Array<Pick<InvoicePdfLine, 'amountMinor' | 'taxMinor' | 'taxRateBp'>>): VatSummaryRow[] {
  const rows = new Map<number, VatSummaryRow>();
  for (const line of lines) {
    const row = rows.get(line.taxRateBp) ?? { rateBp: line.taxRateBp, netMinor: 0, taxMinor: 0, grossMinor: 0 };
    row.grossMinor += line.amountMinor;
    row.taxMinor += line.taxMinor;
    row.netMinor = row.grossMinor - row.taxMinor;
    rows.set(line.taxRateBp, row);
  }
  return [...rows.values()];
}
