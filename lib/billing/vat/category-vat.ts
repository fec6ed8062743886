import { allocateLineVat } from './allocate-line-vat';
import { categoryKey, type VatCategory } from './vat-category';
import { divideToStep } from './rounding-step';

export type CategoryVatItem = { netMinor: number; category: VatCategory };

export type CategoryVatEntry = { category: VatCategory; taxableMinor: number; vatMinor: number };

/**
 * EN 16931's VAT of a document from its net amounts (lines, allowances as negative nets): VAT is
 * rounded HALF_UP to `step` once per category and rate, on the sum of that category's nets
 * (BR-CO-17, BR-S-08/09), then spread back over the items (allocateLineVat) so each item's VAT
 * is within one step of net x rate and the items add up exactly to their category's VAT.
 *
 * NOTE: one function for the e-invoice totals (computeDocumentTotals) and for net-price invoices
 * (settleNetVat), so a net-price invoice, its PDF and its UBL can never disagree on VAT.
 */
export function categoryVat(items: readonly CategoryVatItem[], step: number): { vats: number[]; breakdown: CategoryVatEntry[] } {
  const groups = new Map<string, { category: VatCategory; indexes: number[] }>();
  items.forEach((item, index) => {
    const key = categoryKey(item.category);
    const group = groups.get(key) ?? { category: item.category, indexes: [] };
    group.indexes.push(index);
    groups.set(key, group);
  });
  const vats = new Array<number>(items.length).fill(0);
  const breakdown: CategoryVatEntry[] = [];
  for (const { category, indexes } of groups.values()) {
    const nets = indexes.map((index) => items[index].netMinor);
    const taxableMinor = nets.reduce((sum, net) => sum + net, 0);
    const vatMinor = divideToStep(BigInt(taxableMinor) * BigInt(category.rateBp), 10_000n, step);
    allocateLineVat(nets, category.rateBp, vatMinor, step).forEach((vat, position) => {
      vats[indexes[position]] = vat;
    });
    breakdown.push({ category, taxableMinor, vatMinor });
  }
  return { vats, breakdown };
}
