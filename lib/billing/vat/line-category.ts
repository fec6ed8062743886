import { vatCategory, type VatCategory, type VatCategoryCode } from './vat-category';

/**
 * A priced or stored line's category: as decided when it was written, or (lines priced without a
 * VAT decision, and older stored lines) S above 0 %, Z at 0 %.
 */
export function lineCategory(line: { taxRateBp: number; vatCategory?: VatCategoryCode | null }): VatCategory {
  if (line.vatCategory) return vatCategory(line.vatCategory, line.vatCategory === 'S' ? line.taxRateBp : 0);
  return line.taxRateBp > 0 ? vatCategory('S', line.taxRateBp) : vatCategory('Z');
}
