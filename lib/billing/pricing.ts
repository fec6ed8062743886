import { chargeLine } from './charge-line';
import type { CouponRules } from './coupon';
import { currencyExponent } from './currency';
import { discountLines } from './discount-lines';
import { assertMinor } from './money';
import { pricedLines, VAT_INCLUSIVE, type PriceMode } from './net-prices';
import type { PricedLine } from './priced-line';
import type { DocumentVat } from './vat/document-vat';
import type { VatCategoryCode } from './vat/vat-category';
import { err, ok, type Result } from './result';

export type { PricedLine } from './priced-line';

export type PricingItem =
  | {
      kind: 'plan';
      ref: string;
      planId: string;
      description: string;
      quantity: number;
      unitPriceMinor: number;
      setupFeeMinor: number;
      taxRateBp: number;
      vatCategory?: VatCategoryCode;
      trial: boolean;
    }
  | {
      kind: 'one_off';
      ref: string;
      productId: string;
      description: string;
      quantity: number;
      unitPriceMinor: number;
      taxRateBp: number;
      vatCategory?: VatCategoryCode;
    }
  | { kind: 'shipping'; ref: string; description: string; unitPriceMinor: number; taxRateBp: number; vatCategory?: VatCategoryCode };

/** `subtotalMinor` is the net amount: total minus VAT. */
export type PricedInvoice = {
  currency: string;
  lines: PricedLine[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  /** The VAT decision's notes and country evidence, when the lines were decided for a buyer. */
  vat?: DocumentVat;
  /** false: priced from net prices, VAT added (frozen on the invoice); absent: VAT-inclusive. */
  pricesIncludeVat?: false;
};

/** The most of one plan or product a single line may carry. */
export const MAX_QUANTITY = 999;

/**
 * Prices the first invoice of a checkout: what the customer pays today. Prices are VAT-inclusive
 * (the default) or net as `mode` says (pricedLines), VAT is computed per line (net prices: per
 * category, spread over the lines), and the totals are exact sums of the lines.
 *
 * NOTE: a plan on trial contributes no plan line now: its first term is billed when the trial
 * ends. Its setup fee is still charged today and is what a plan coupon discounts today.
 * Shipping is never discounted; a coupon restricted to plans discounts only those plans' lines,
 * an unrestricted one every plan, setup fee and one-off line.
 */
export function priceCheckout(input: {
  currency: string;
  items: PricingItem[];
  coupon: CouponRules | null;
  mode?: PriceMode;
}): Result<PricedInvoice> {
  const { currency, items, coupon } = input;
  const mode = input.mode ?? VAT_INCLUSIVE;
  // An unknown currency here is a bug upstream (carts are priced in a plan's currency): throw.
  currencyExponent(currency);
  if (items.length === 0) return err('Your cart is empty.');

  const lines: PricedLine[] = [];
  const eligible: PricedLine[] = [];
  for (const item of items) {
    if (item.kind === 'shipping') {
      lines.push(chargeLine('shipping', item.ref, item.description, 1, item.unitPriceMinor, item.taxRateBp, item.vatCategory, mode));
      continue;
    }
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > MAX_QUANTITY) {
      return err(`The quantity of ${item.description} must be a whole number from 1 to ${MAX_QUANTITY}.`);
    }
    const add = (line: PricedLine, discountable: boolean) => {
      lines.push(line);
      if (discountable) eligible.push(line);
    };
    if (item.kind === 'one_off') {
      const line = chargeLine(
        'one_off',
        item.ref,
        item.description,
        item.quantity,
        item.unitPriceMinor,
        item.taxRateBp,
        item.vatCategory,
        mode,
      );
      add(line, coupon !== null && coupon.planIds === null);
      continue;
    }
    const discountable = coupon !== null && (coupon.planIds === null || coupon.planIds.includes(item.planId));
    if (!item.trial) {
      add(
        chargeLine('plan', item.ref, item.description, item.quantity, item.unitPriceMinor, item.taxRateBp, item.vatCategory, mode),
        discountable,
      );
    }
    assertMinor(item.setupFeeMinor, `setup fee of ${item.description}`);
    if (item.setupFeeMinor > 0) {
      const description = `Setup fee: ${item.description}`;
      add(chargeLine('setup_fee', item.ref, description, 1, item.setupFeeMinor, item.taxRateBp, item.vatCategory, mode), discountable);
    }
  }

  if (coupon !== null) lines.push(...discountLines(coupon, eligible, currency, 0, mode));

  const priced = pricedLines(lines, currency, mode);
  if (priced.totalMinor < 0) {
    throw new Error(`Checkout total is negative (${priced.totalMinor}): a discount exceeded its lines`);
  }
  return ok({ currency, ...priced });
}
