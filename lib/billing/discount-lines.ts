import { couponAppliesToTerm, type CouponRules } from './coupon';
import { allocateMinor, formatMoney, percentOfMinor, sumMinor, taxIncludedMinor, taxOnNetMinor } from './money';
import { priceBaseMinor, VAT_INCLUSIVE, type PriceMode } from './net-prices';
import type { PricedLine } from './priced-line';

function describe(coupon: CouponRules): string {
  if (coupon.kind === 'percent') return `Coupon ${coupon.code} (${coupon.percentOff}%)`;
  if (coupon.amountOffMinor === null || coupon.currency === null) {
    throw new RangeError(`Coupon ${coupon.code} is fixed but has no amount or currency`);
  }
  return `Coupon ${coupon.code} (${formatMoney(coupon.amountOffMinor, coupon.currency)})`;
}

/** The discount owed on each eligible line, in the same order, each >= 0 and <= the line. */
function sharesPerLine(coupon: CouponRules, eligible: PricedLine[], currency: string, mode: PriceMode): number[] {
  if (coupon.kind === 'percent') {
    if (coupon.percentOff === null) throw new RangeError(`Coupon ${coupon.code} has no percentOff`);
    const percent = coupon.percentOff;
    return eligible.map((line) => percentOfMinor(priceBaseMinor(line, mode), percent));
  }
  if (coupon.amountOffMinor === null || coupon.currency !== currency) {
    throw new RangeError(`Coupon ${coupon.code} is not a ${currency} amount; checkCoupon must run first`);
  }
  const amounts = eligible.map((line) => priceBaseMinor(line, mode));
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
 *
 * With net prices the coupon is taken of the lines' nets (a fixed amount is a net amount too) and
 * the discount line's VAT is provisional: the invoice settles VAT per category (pricedLines).
 */
export function discountLines(
  coupon: CouponRules,
  eligible: PricedLine[],
  currency: string,
  termIndex: number,
  mode: PriceMode = VAT_INCLUSIVE,
): PricedLine[] {
  if (eligible.length === 0 || !couponAppliesToTerm(coupon, termIndex)) return [];
  const shares = sharesPerLine(coupon, eligible, currency, mode);

  // Per VAT category and rate: reverse charge and export lines are both 0 % but stay apart.
  const byRate = new Map<string, { discount: number; gross: number; tax: number; taxRateBp: number; vatCategory?: PricedLine['vatCategory'] }>();
  eligible.forEach((line, i) => {
    const key = `${line.vatCategory ?? ''}:${line.taxRateBp}`;
    const group = byRate.get(key) ?? { discount: 0, gross: 0, tax: 0, taxRateBp: line.taxRateBp, vatCategory: line.vatCategory };
    group.discount = sumMinor([group.discount, shares[i]]);
    group.gross = sumMinor([group.gross, priceBaseMinor(line, mode)]);
    group.tax = sumMinor([group.tax, line.taxMinor]);
    byRate.set(key, group);
  });

  const lines: PricedLine[] = [];
  for (const { taxRateBp, vatCategory, ...group } of byRate.values()) {
    if (group.discount === 0) continue;
    const tax = !mode.pricesIncludeVat
      ? taxOnNetMinor(group.discount, taxRateBp)
      : group.discount === group.gross
        ? group.tax
        : Math.min(taxIncludedMinor(group.discount, taxRateBp), group.tax);
    const amount = mode.pricesIncludeVat ? group.discount : group.discount + tax;
    lines.push({
      kind: 'discount',
      ref: null,
      description: describe(coupon),
      quantity: 1,
      unitAmountMinor: 0 - group.discount,
      amountMinor: 0 - amount,
      taxRateBp,
      // 0 - x, not -x: a zero stays +0, which Object.is-based equality does not tell apart from 0.
      taxMinor: 0 - tax,
      ...(vatCategory ? { vatCategory } : {}),
    });
  }
  return lines;
}
