import type { CouponRules } from './coupon';
import { currencyExponent } from './currency';
import { assertMinor, taxIncludedMinor, taxOnNetMinor } from './money';
import { priceBaseMinor, pricedLines, VAT_INCLUSIVE, type PriceMode } from './net-prices';
import type { PricedLine } from './priced-line';
import type { PricedInvoice } from './pricing';
import { priceRenewal } from './renewal-invoice';
import { unusedPeriodShare } from './unused-period-share';
import type { VatCategoryCode } from './vat/vat-category';

/**
 * What one term of a subscription costs on a plan: quantity x the term's unit price (VAT-inclusive
 * or net as the invoice's mode says),
 * with the VAT decided for the buyer (rate and EN 16931 category; no category: the shop's own rate).
 */
export type TermPrice = { description: string; quantity: number; unitPriceMinor: number; taxRateBp: number; vatCategory?: VatCategoryCode };

export type Proration = {
  invoice: PricedInvoice;
  daysInPeriod: number;
  /** Days of the term left after today, billed on the new plan (today stays on the old one). */
  daysUnused: number;
};

/**
 * The invoice of an upgrade applied at `now`, inside the running term: a credit for the unused
 * days of the current plan and a charge for the same days on the new plan, each with the
 * running coupon's part, VAT rounded once per line, the total an exact sum of the lines.
 *
 * Each side is the full term priced as a renewal would price it (priceRenewal: plan line and
 * coupon), then the unused days' share (unusedPeriodShare) of the plan line and of the net, the
 * coupon line taking the difference. So a fixed-amount coupon is spread over the term like the
 * price, and a side's net share is monotonic in its net price: a change to a plan worth more
 * after the coupon never comes to a negative total.
 *
 * NOTE: the day of the change counts as used on the old plan (as for a stop), so a change on
 * the term's last day comes to 0. `coupon` is the coupon that discounts the running term (null
 * when none does): the caller decides with couponAppliesToTerm, as the renewal did. With net
 * prices the shares are of the nets and VAT is settled per category over the lines.
 */
export function prorateChange(input: {
  currency: string;
  from: TermPrice;
  to: TermPrice;
  coupon: CouponRules | null;
  periodStart: Date;
  periodEnd: Date;
  now: Date;
  timeZone: string;
  mode?: PriceMode;
}): Proration {
  currencyExponent(input.currency);
  const mode = input.mode ?? VAT_INCLUSIVE;
  const period = { periodStart: input.periodStart, periodEnd: input.periodEnd, now: input.now, timeZone: input.timeZone };
  const side = (price: TermPrice) => {
    const priced = priceRenewal({ currency: input.currency, ...price, coupon: input.coupon, couponUses: 0, mode });
    if (!priced.ok) throw new RangeError(priced.error);
    const { lines, totalMinor, taxMinor } = priced.value.invoice;
    const plan = lines[0]!;
    const planShare = unusedPeriodShare({ amountMinor: priceBaseMinor(plan, mode), ...period });
    const netShare = unusedPeriodShare({ amountMinor: priceBaseMinor({ amountMinor: totalMinor, taxMinor }, mode), ...period }).amountMinor;
    return { planShare, discountShare: planShare.amountMinor - netShare, discount: priced.value.invoice.lines[1] };
  };
  const from = side(input.from);
  const to = side(input.to);
  const days = `${from.planShare.daysUnused} of ${from.planShare.daysInPeriod} days`;

  const lines: PricedLine[] = [];
  const push = (description: string, amountMinor: number, price: TermPrice, kind: PricedLine['kind']) => {
    if (amountMinor === 0) return;
    assertMinor(amountMinor);
    const { taxRateBp, vatCategory } = price;
    // 0 + x turns a -0 into 0 (a credit of a zero tax), which equality and JSON tell apart.
    const taxMinor = 0 + (mode.pricesIncludeVat ? taxIncludedMinor(amountMinor, taxRateBp) : taxOnNetMinor(amountMinor, taxRateBp));
    lines.push({
      kind,
      ref: null,
      description,
      quantity: 1,
      unitAmountMinor: amountMinor,
      amountMinor: mode.pricesIncludeVat ? amountMinor : amountMinor + taxMinor,
      taxRateBp,
      taxMinor,
      ...(vatCategory ? { vatCategory } : {}),
    });
  };
  push(`Unused time on ${describeTerm(input.from)} (${days})`, 0 - from.planShare.amountMinor, input.from, 'proration');
  if (from.discount) push(`${from.discount.description}, on the unused time`, from.discountShare, input.from, 'discount');
  push(`Remaining time on ${describeTerm(input.to)} (${days})`, to.planShare.amountMinor, input.to, 'proration');
  if (to.discount) push(`${to.discount.description}, on the remaining time`, 0 - to.discountShare, input.to, 'discount');

  return {
    invoice: { currency: input.currency, ...pricedLines(lines, input.currency, mode) },
    daysInPeriod: from.planShare.daysInPeriod,
    daysUnused: from.planShare.daysUnused,
  };
}

function describeTerm(price: TermPrice): string {
  return price.quantity === 1 ? price.description : `${price.quantity} × ${price.description}`;
}
