import { invoiceTotals } from './invoice-totals';
import { assertMinor } from './money';
import type { PricedLine } from './priced-line';
import { categoryVat } from './vat/category-vat';
import { lineCategory } from './vat/line-category';
import { roundingStepMinor } from './vat/rounding-step';

/**
 * What a shop's catalog prices mean: VAT-inclusive (the default: what a consumer is shown is
 * what they pay) or net, VAT added on top (what businesses expect). Every pricing path takes it;
 * each invoice keeps the mode it was priced in.
 */
export type PriceMode = { pricesIncludeVat: boolean };

/** The mode of every shop that has not chosen, and of every invoice issued before the choice existed. */
export const VAT_INCLUSIVE: PriceMode = { pricesIncludeVat: true };

/**
 * The amount of a priced line that the shop's prices speak of: the line amount with VAT-inclusive
 * prices, its net without. Coupons and shares of a period are taken of this amount, so a 10 %
 * coupon takes 10 % of what the customer was shown either way.
 */
export function priceBaseMinor(line: Pick<PricedLine, 'amountMinor' | 'taxMinor'>, mode: PriceMode): number {
  return mode.pricesIncludeVat ? line.amountMinor : line.amountMinor - line.taxMinor;
}

/**
 * A net-price invoice's lines with their VAT as EN 16931 computes it: each line's net
 * (amount less its VAT) is kept, VAT is rounded once per category and rate on the summed nets,
 * spread back over the lines, and each line's amount is its net plus its VAT. The invoice total
 * is then nets + VAT, exactly what its e-invoice states (no rounding amount).
 *
 * NOTE: VAT is rounded to the smallest amount an e-invoice may state (a 3-decimal currency to
 * 10 fils), as computeDocumentTotals does, so the stored invoice, its PDF and its UBL agree.
 * VAT-inclusive lines are never passed here: their amounts are what the customer was shown.
 */
export function settleNetVat(lines: readonly PricedLine[], currency: string): PricedLine[] {
  const nets = lines.map((line) => {
    const net = line.amountMinor - line.taxMinor;
    assertMinor(net, `net of ${line.description}`);
    return net;
  });
  const { vats } = categoryVat(
    lines.map((line, index) => ({ netMinor: nets[index], category: lineCategory(line) })),
    roundingStepMinor(currency, 2),
  );
  return lines.map((line, index) => ({ ...line, amountMinor: nets[index] + vats[index], taxMinor: 0 + vats[index] }));
}

/**
 * The lines as the mode wants them (net-price lines settled per category) with their totals,
 * and a net-price invoice marked as one, so that whoever adds to it or stores it keeps its mode.
 */
export function pricedLines(
  lines: readonly PricedLine[],
  currency: string,
  mode: PriceMode,
): { lines: PricedLine[]; subtotalMinor: number; taxMinor: number; totalMinor: number; pricesIncludeVat?: false } {
  if (mode.pricesIncludeVat) return { lines: [...lines], ...invoiceTotals([...lines]) };
  const settled = settleNetVat(lines, currency);
  return { lines: settled, ...invoiceTotals(settled), pricesIncludeVat: false };
}

/** The mode a priced invoice was priced in. */
export function priceModeOf(invoice: { pricesIncludeVat?: boolean }): PriceMode {
  return { pricesIncludeVat: invoice.pricesIncludeVat ?? true };
}
