import { couponAppliesToTerm, type CouponRules } from './coupon';
import { allocateMinor, formatMoney, percentOfMinor, sumMinor, taxIncludedMinor } from './money';
import type { PricedLine } from './priced-line';

function describe(coupon: CouponRules): string {
  if (coupon.kind === 'percent') return `Coupon ${coupon.code} (${coupon.percentOff}%)`;
  if (coupon.amountOffMinor === null || coupon.currency === null) {
    throw new RangeError(`Coupon ${coupon.code} is fixed but has no amount or currency`);
  }
  return `Coupon ${coupon.code} (${formatMoney(coupon.amountOffMinor, coupon.currency)})`;
}

/** The discount owed on each eligible line, in the same order, each >= 0 and <= the line. */
function sharesPerLine(coupon: CouponRules, eligible: PricedLine[], currency: string): number[] {
  if (coupon.kind === 'percent') {
    if (coupon.percentOff === null) throw new RangeError(`Coupon ${coupon.code} has no percentOff`);
    const percent = coupon.percentOff;
    return eligible.map((line) => percentOfMinor(line.amountMinor, percent));
  }
  if (coupon.amountOffMinor === null || coupon.currency !== currency) {
    throw new RangeError(`Coupon ${coupon.code} is not a ${currency} amount; checkCoupon must run first`);
  }
  const amounts = eligible.map((line) => line.amountMinor);
  const discount = Math.min(coupon.amountOffMinor, sumMinor(amounts));
  return allocateMinor(discount, amounts);
}

/**
 * The negative discount lines a coupon gives on `eligible` lines of the invoice for term
 * `termIndex`: one line per VAT rate, because the discount reduces the taxable amount of each
 * rate separately and an invoice shows VAT per rate.
 *
 * NOTE: the discount's VAT is rounded once per discount line, which can differ by a minor unit
 * from the sum of the per-line VAT it reverses. A discount is never allowed to take back more VAT
 * than its lines carried, and a discount of the whole amount at a rate takes back exactly the
 * VAT of those lines, so a 100% coupon leaves VAT 0, never -1.
 */
export function discountLines(
  coupon: CouponRules,
  eligible: PricedLine[],
  currency: string,
  termIndex: number,
): PricedLine[] {
  if (eligible.length === 0 || !couponAppliesToTerm(coupon, termIndex)) return [];
  const shares = sharesPerLine(coupon, eligible, currency);

  // Per VAT category and rate: reverse charge and export lines are both 0 % but stay apart.
  const byRate = new Map<string, { discount: number; gross: number; tax: number; taxRateBp: number; vatCategory?: PricedLine['vatCategory'] }>();
  eligible.forEach((line, i) => {
    const key = `${line.vatCategory ?? ''}:${line.taxRateBp}`;
    const group = byRate.get(key) ?? { discount: 0, gross: 0, tax: 0, taxRateBp: line.taxRateBp, vatCategory: line.vatCategory };
    group.discount = sumMinor([group.discount, shares[i]]);
    group.gross = sumMinor([group.gross, line.amountMinor]);
    group.tax = sumMinor([group.tax, line.taxMinor]);
    byRate.set(key, group);
  });

  const lines: PricedLine[] = [];
  for (const { taxRateBp, vatCategory, ...group } of byRate.values()) {
    if (group.discount === 0) continue;
    const tax =
      group.discount === group.gross ? group.tax : Math.min(taxIncludedMinor(group.discount, taxRateBp), group.tax);
    lines.push({
      kind: 'discount',
      ref: null,
      description: describe(coupon),
      quantity: 1,
      unitAmountMinor: 0 - group.discount,
      amountMinor: 0 - group.discount,
      taxRateBp,
      // 0 - x, not -x: a zero stays +0, which Object.is-based equality does not tell apart from 0.
      taxMinor: 0 - tax,
      ...(vatCategory ? { vatCategory } : {}),
    });
  }
  return lines;
}
