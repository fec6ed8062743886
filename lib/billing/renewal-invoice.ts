import { chargeLine } from './charge-line';
import type { CouponRules } from './coupon';
import { currencyExponent } from './currency';
import { discountLines } from './discount-lines';
import { pricedLines, priceModeOf, VAT_INCLUSIVE, type PriceMode } from './net-prices';
import type { PricedLine } from './priced-line';
import { decideReminderFeeVat } from './vat/decide-vat';
import type { VatCategoryCode } from './vat/vat-category';
import { MAX_QUANTITY, type PricedInvoice } from './pricing';
import { err, ok, type Result } from './result';

/**
 * The invoice of one renewal term: the plan line (quantity x the term's unit price, VAT-inclusive
 * or net as `mode` says, VAT rounded once on the line) and the subscription's coupon when it still applies.
 *
 * `couponUses` is the number of earlier invoices that carried this coupon's discount: the coupon
 * applies when `couponAppliesToTerm(coupon, couponUses)`, so "once" discounts the first invoice
 * it reaches and "repeating N" the first N. `couponUsed` says whether this invoice counts as a
 * use (it carries a discount line); the caller stores `couponUses + 1` only then.
 *
 * NOTE: the coupon was validated when it was redeemed at checkout; validity dates, redemption
 * limits and deactivation govern new redemptions, not the terms of a subscription that already
 * has it. A coupon restricted to another currency cannot be applied to this invoice at all, so
 * it is ignored (couponUsed false) rather than failing the renewal.
 */
export function priceRenewal(input: {
  currency: string;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  taxRateBp: number;
  vatCategory?: VatCategoryCode;
  coupon: CouponRules | null;
  couponUses: number;
  mode?: PriceMode;
}): Result<{ invoice: PricedInvoice; couponUsed: boolean }> {
  const { currency, description, quantity, unitPriceMinor, taxRateBp, coupon, couponUses } = input;
  const mode = input.mode ?? VAT_INCLUSIVE;
  // Renewals are priced in the plan's currency: an unknown one is a bug upstream, so it throws.
  currencyExponent(currency);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    return err(`The quantity of ${description} must be a whole number from 1 to ${MAX_QUANTITY}.`);
  }

  const plan = chargeLine('plan', null, description, quantity, unitPriceMinor, taxRateBp, input.vatCategory, mode);
  const lines: PricedLine[] = [plan];
  if (coupon !== null && (coupon.currency === null || coupon.currency === currency)) {
    // discountLines checks couponAppliesToTerm itself; a fixed amount is capped at the plan line.
    lines.push(...discountLines(coupon, [plan], currency, couponUses, mode));
  }
  const couponUsed = lines.length > 1;
  return ok({ invoice: { currency, ...pricedLines(lines, currency, mode) }, couponUsed });
}

/**
 * The fee a dunning step adds to an unpaid invoice.
 *
 * NOTE: a reminder fee is compensation for late payment, not a supply: outside the scope of VAT
 * (category O, 0 %; decideReminderFeeVat), whatever the plan's rate.
 */
export function reminderFeeLine(input: { description: string; feeMinor: number }): PricedLine {
  const { category } = decideReminderFeeVat();
  return chargeLine('reminder_fee', null, input.description, 1, input.feeMinor, category.rateBp, category.code);
}

/**
 * `invoice` with `lines` appended and its totals recomputed as exact sums of all lines (a
 * net-price invoice: VAT settled again per category over all of them).
 */
export function addLines(invoice: PricedInvoice, lines: PricedLine[]): PricedInvoice {
  return { currency: invoice.currency, ...pricedLines([...invoice.lines, ...lines], invoice.currency, priceModeOf(invoice)) };
}
