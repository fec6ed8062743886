import type { CouponRules } from './coupon';
import { currencyExponent } from './currency';
import { discountLines } from './discount-lines';
import { assertMinor, sumMinor, taxIncludedMinor } from './money';
import type { PricedLine } from './priced-line';
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
    }
  | { kind: 'shipping'; ref: string; description: string; unitPriceMinor: number; taxRateBp: number };

/** `subtotalMinor` is the net amount: total minus VAT. */
export type PricedInvoice = {
  currency: string;
  lines: PricedLine[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
};

const MAX_QUANTITY = 999;

/** A VAT-inclusive line; its VAT is rounded HALF_UP once, on the line amount. */
function chargeLine(
  kind: 'plan' | 'setup_fee' | 'one_off' | 'shipping',
  ref: string,
  description: string,
  quantity: number,
  unitAmountMinor: number,
  taxRateBp: number,
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
  };
}

/**
 * Prices the first invoice of a checkout: what the customer pays today. Prices are
 * VAT-inclusive (B2C), VAT is computed per line, and the totals are exact sums of the lines.
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
}): Result<PricedInvoice> {
  const { currency, items, coupon } = input;
  // An unknown currency here is a bug upstream (carts are priced in a plan's currency): throw.
  currencyExponent(currency);
  if (items.length === 0) return err('Your cart is empty.');

  const lines: PricedLine[] = [];
  const eligible: PricedLine[] = [];
  for (const item of items) {
    if (item.kind === 'shipping') {
      lines.push(chargeLine('shipping', item.ref, item.description, 1, item.unitPriceMinor, item.taxRateBp));
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
      );
      add(line, coupon !== null && coupon.planIds === null);
      continue;
    }
    const discountable = coupon !== null && (coupon.planIds === null || coupon.planIds.includes(item.planId));
    if (!item.trial) {
      add(
        chargeLine('plan', item.ref, item.description, item.quantity, item.unitPriceMinor, item.taxRateBp),
        discountable,
      );
    }
    assertMinor(item.setupFeeMinor, `setup fee of ${item.description}`);
    if (item.setupFeeMinor > 0) {
      const description = `Setup fee: ${item.description}`;
      add(chargeLine('setup_fee', item.ref, description, 1, item.setupFeeMinor, item.taxRateBp), discountable);
    }
  }

  if (coupon !== null) lines.push(...discountLines(coupon, eligible, currency, 0));

  const totalMinor = sumMinor(lines.map((line) => line.amountMinor));
  const taxMinor = sumMinor(lines.map((line) => line.taxMinor));
  if (totalMinor < 0) throw new Error(`Checkout total is negative (${totalMinor}): a discount exceeded its lines`);
  return ok({ currency, lines, subtotalMinor: totalMinor - taxMinor, taxMinor, totalMinor });
}
