import { assertMinor, taxIncludedMinor } from './money';
import type { PricedLine } from './priced-line';
import type { VatCategoryCode } from './vat/vat-category';

/**
 * A VAT-inclusive charge line: quantity x unit price; its VAT is rounded HALF_UP once, on the
 * line amount (never per unit, which would multiply the rounding error by the quantity).
 */
export function chargeLine(
  kind: Exclude<PricedLine['kind'], 'discount'>,
  ref: string | null,
  description: string,
  quantity: number,
  unitAmountMinor: number,
  taxRateBp: number,
  vatCategory?: VatCategoryCode,
): PricedLine {
  assertMinor(unitAmountMinor, `unit price of ${description}`);
  if (unitAmountMinor < 0) throw new RangeError(`Unit price of ${description} is negative`);
  const amountMinor = quantity * unitAmountMinor;
  assertMinor(amountMinor, `amount of ${description}`);
  return {
    kind,
    ref,
    description,
    quantity,
    unitAmountMinor,
    amountMinor,
    taxRateBp,
    taxMinor: taxIncludedMinor(amountMinor, taxRateBp),
    ...(vatCategory ? { vatCategory } : {}),
  };
}
