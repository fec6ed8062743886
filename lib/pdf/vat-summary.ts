import type { VatCategoryCode } from '@/lib/billing/vat/vat-category';
import type { InvoicePdfLine } from './invoice-pdf-input';

export type VatSummaryRow = { rateBp: number; netMinor: number; taxMinor: number; grossMinor: number; category?: VatCategoryCode };

/**
 * VAT per rate, in the order the rates first appear, from the lines as stored: for the PDFs'
 * VAT summary and the invoice e-mail's VAT lines alike.
 *
 * NOTE: sums of the lines' own rounded amounts, never recomputed from a rate: the rows then add
 * up exactly to the invoice's subtotal, tax and total.
 */
export function vatSummary(lines: Array<Pick<InvoicePdfLine, 'amountMinor' | 'taxMinor' | 'taxRateBp' | 'vatCategory'>>): VatSummaryRow[] {
  // Per category and rate: reverse charge, export and zero-rated lines are all 0 % but apart.
  const rows = new Map<string, VatSummaryRow>();
  for (const line of lines) {
    const key = `${line.vatCategory ?? ''}:${line.taxRateBp}`;
    const row = rows.get(key) ?? {
      rateBp: line.taxRateBp,
      netMinor: 0,
      taxMinor: 0,
      grossMinor: 0,
      ...(line.vatCategory ? { category: line.vatCategory } : {}),
    };
    row.grossMinor += line.amountMinor;
    row.taxMinor += line.taxMinor;
    row.netMinor = row.grossMinor - row.taxMinor;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** A row's rate as printed: the rate, and the category where 0 % has a reason (AE, G, K, E, O). */
export function vatRateLabel(row: Pick<VatSummaryRow, 'rateBp' | 'category'>, rate: (bp: number) => string): string {
  return row.category && row.category !== 'S' && row.category !== 'Z' ? `${rate(row.rateBp)} ${row.category}` : rate(row.rateBp);
}
