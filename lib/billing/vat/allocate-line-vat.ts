import { floorDiv } from './rounding-step';

/**
 * Splits a category's VAT (rounded once, on the category's taxable amount) over its lines so the
 * line VAT adds up exactly to it. Each line first gets its exact share net x rate rounded down to
 * the step, then the steps left over go one each to the lines with the largest remainders (ties
 * to the earlier line). Each line therefore stays within one step of net x rate, and lines of any
 * sign (credits, discounts) are handled alike.
 *
 * NOTE: EN 16931 has no line VAT: the law's VAT is the category's (BR-CO-17). Line VAT exists
 * only for the PDF and reports, and must never disagree with the category total.
 */
export function allocateLineVat(netsMinor: readonly number[], rateBp: number, categoryVatMinor: number, step: number): number[] {
  const denominator = 10_000n * BigInt(step);
  const parts = netsMinor.map((net, index) => {
    const exact = BigInt(net) * BigInt(rateBp);
    const floor = floorDiv(exact, denominator);
    return { index, units: floor, remainder: exact - floor * denominator };
  });
  const assigned = parts.reduce((sum, part) => sum + part.units, 0n);
  let leftover = BigInt(categoryVatMinor / step) - assigned;
  if (leftover < 0n || leftover > BigInt(parts.length)) {
    throw new RangeError(`Category VAT ${categoryVatMinor} is not the rounded sum of its lines`);
  }
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (leftover === 0n) break;
    part.units += 1n;
    leftover -= 1n;
  }
  return parts.map((part) => Number(part.units) * step);
}
