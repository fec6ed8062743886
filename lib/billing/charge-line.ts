import { assertMinor, taxIncludedMinor, taxOnNetMinor } from './money';
import { VAT_INCLUSIVE, type PriceMode } from './net-prices';
import type { PricedLine } from './priced-line';
import type { VatCategoryCode } from './vat/vat-category';

/**
 * A charge line: quantity x unit price; its VAT is rounded HALF_UP once, on the line amount
 * (never per unit, which would multiply the rounding error by the quantity). With VAT-inclusive
 * prices the VAT is contained in that amount; with net prices it is added to it (and the
 * unit price stays the net unit price), to be settled per category with the invoice's other
 * lines (pricedLines).
 */
export function chargeLine(
  kind: Exclude<PricedLine['kind'], 'discount'>,
  ref: string | null,
  description: string,
  quantity: number,
  unitAmountMinor: number,
  taxRateBp: number,
  vatCategory?: VatCategoryCode,
  mode: PriceMode = VAT_INCLUSIVE,
): PricedLine {
  assertMinor(unitAmountMinor, `unit price of ${description}`);
  if (unitAmountMinor < 0) throw new RangeError(`Unit price of ${description} is negative`);
  const amountMinor = quantity * unitAmountMinor;
  assertMinor(amountMinor, `amount of ${description}`);
  const taxMinor = mode.pricesIncludeVat ? taxIncludedMinor(amountMinor, taxRateBp) : taxOnNetMinor(amountMinor, taxRateBp);
  return {
    kind,
    ref,
    description,
    quantity,
    unitAmountMinor,
    amountMinor: mode.pricesIncludeVat ? amountMinor : amountMinor + taxMinor,
    taxRateBp,
    taxMinor,
    ...(vatCategory ? { vatCategory } : {}),
  };
}
