import { chargeLine } from './charge-line';
import type { PricedLine } from './priced-line';
import type { VatCategoryCode } from './vat/vat-category';
import { DEFAULT_VAT_RATES, type TaxClass } from './vat/vat-rates';

/**
 * The largest one-off charge staff may add, in minor units: 10,000,000.00 in a two-decimal
 * currency. Far above any real goodwill or extra; low enough that a slipped key (10^9) is refused.
 */
export const MAX_ONE_OFF_MINOR = 999_999_999;
export const MAX_ONE_OFF_DESCRIPTION = 200;

/**
 * The shop's own rate for a one-off charge of `taxClass` on a subscription: the plan's own rate
 * when the class is the plan's (the merchant's catalog wins, as lineVat says), else the default
 * table's rate of the seller's country for that class (0 for zero-rated, exempt, or a country the
 * table does not know).
 */
export function oneOffShopRateBp(taxClass: TaxClass, plan: { taxClass: TaxClass; taxRateBp: number }, sellerCountry: string | null): number {
  if (taxClass === plan.taxClass) return plan.taxRateBp;
  if (taxClass === 'zero' || taxClass === 'exempt') return 0;
  const rates = sellerCountry ? DEFAULT_VAT_RATES[sellerCountry] : undefined;
  return (taxClass === 'reduced' ? rates?.reduced : rates?.standard) ?? 0;
}

/** The one line of a one-off charge: VAT-inclusive, quantity 1, its VAT rounded once. */
export function oneOffChargeLine(input: { description: string; amountMinor: number; rateBp: number; category: VatCategoryCode }): PricedLine {
  return chargeLine('one_off', null, input.description, 1, input.amountMinor, input.rateBp, input.category);
}

/**
 * Why a one-off charge cannot be added to a subscription in `status` (null: it can). An ended
 * subscription is closed: a charge after it is an order of its own. Any other may carry one
 * (a paused subscriber can still be charged for a replacement sent).
 */
export function oneOffChargeRefusal(status: string): { code: 'ended' } | null {
  return status === 'ended' ? { code: 'ended' } : null;
}
