import { allocateMinor, sumMinor, taxIncludedMinor } from './money';
import type { PriceMode } from './net-prices';
import { netCreditLines } from './net-credit-lines';
import { err, ok, type Result } from './result';
import { divideHalfUp } from './rounding';
import { roundingStepMinor } from './vat/rounding-step';
import type { CreditableLine, CreditLine } from './credit-line';

export type { CreditableLine, CreditLine } from './credit-line';

/** The refusal of a partial credit too small to leave anything once VAT is taken off. */
export const TOO_SMALL = 'The amount is too small to credit: nothing is left of it once the VAT is taken off. Credit a little more.';

export type CreditNoteLines = { lines: CreditLine[]; subtotalMinor: number; taxMinor: number; totalMinor: number };

/** The credited invoice's currency and price mode; without it, a VAT-inclusive invoice in minor units. */
export type CreditedInvoice = PriceMode & { currency: string };

/**
 * Spreads a credit of `creditMinor` (VAT included) over what is left of the invoice's lines, in
 * proportion to it, with each line's VAT computed from its rate the way invoices compute it
 * (HALF_UP once on the line amount). The lines sum exactly to `creditMinor`; a partial credit of
 * a net-price invoice is computed net first, as that invoice was (netCreditLines), and its total
 * can be a step or two off `creditMinor`: callers book the note's own total.
 *
 * NOTE: proportional to what is *left* of each line, not to its original amount: then a second
 * partial note never takes more from a line than the line still has, and the note that credits
 * the rest takes back exactly each line's remaining amount and VAT, so all notes together equal
 * the invoice to the cent. A line's VAT is never taken back beyond what the line still carries.
 *
 * Discount lines are negative: the credit is split between the charge lines and the discount
 * lines (Cp on charges, Cp - credit on discounts, Cp = credit x charges / remaining, HALF_UP), so
 * a partial credit of a discounted invoice keeps the discount's proportion too.
 */
export function creditNoteLines(lines: CreditableLine[], creditMinor: number, invoice?: CreditedInvoice): Result<CreditNoteLines> {
  const remaining = lines.map((line) => ({
    line,
    amount: line.amountMinor - line.creditedMinor,
    tax: line.taxMinor - line.creditedTaxMinor,
  }));
  const left = sumMinor(remaining.map((r) => r.amount));
  if (!Number.isSafeInteger(creditMinor) || creditMinor <= 0) return err('The amount to credit must be more than zero.');
  if (creditMinor > left) return err(`Only ${left} minor units are left to credit.`);

  // NOTE: an e-invoice states at most 2 decimals (BR-DEC-*): a 3-decimal invoice whose lines are in
  // steps of 10 is credited in steps of 10 too, so its credit note can be e-invoiced like it.
  const e = invoice ? roundingStepMinor(invoice.currency, 2) : 1;
  const step = e > 1 && remaining.every((r) => r.amount % e === 0 && (invoice!.pricesIncludeVat || r.tax % e === 0)) ? e : 1;
  if (creditMinor % step !== 0) return err(`Credit a multiple of ${step} minor units: an e-invoice states at most 2 decimals.`);

  const shares = creditMinor === left ? remaining.map((r) => r.amount) : proportionalShares(remaining, creditMinor, step);
  if (invoice && !invoice.pricesIncludeVat) {
    const netLines = netCreditLines(
      remaining.map((r, i) => ({ line: r.line, share: shares[i]!, whole: creditMinor === left })),
      step,
    );
    const totals = totalsOf(netLines);
    // A tiny partial credit can round to nothing once the VAT is taken off (1 cent of a line of 9 + 1
    // VAT): refused, never a credit note without lines that takes a number of the gapless series.
    if (totals.totalMinor === 0) return err(TOO_SMALL);
    return ok(totals);
  }

  const out: CreditLine[] = [];
  remaining.forEach(({ line, amount, tax }, i) => {
    const share = shares[i]!;
    if (share === 0) return;
    const whole = share === amount;
    const computed = taxIncludedMinor(share, line.taxRateBp);
    // Never more VAT back than the line still carries (in magnitude), whatever the rounding.
    const lineTax = whole ? tax : Math.sign(computed) * Math.min(Math.abs(computed), Math.abs(tax));
    out.push({
      invoiceLineId: line.invoiceLineId,
      description: line.description,
      quantity: whole && line.creditedMinor === 0 ? line.quantity : 1,
      amountMinor: share,
      taxRateBp: line.taxRateBp,
      taxMinor: lineTax + 0,
      // A credit note mirrors its invoice category by category: the same category and rate.
      ...(line.vatCategory ? { vatCategory: line.vatCategory } : {}),
    });
  });

  return ok(totalsOf(out));
}

function totalsOf(lines: CreditLine[]): CreditNoteLines {
  const taxMinor = sumMinor(lines.map((line) => line.taxMinor));
  const totalMinor = sumMinor(lines.map((line) => line.amountMinor));
  return { lines, subtotalMinor: totalMinor - taxMinor, taxMinor, totalMinor };
}

/**
 * `creditMinor` spread over what is left of each line, in proportion and in multiples of `step`:
 * charges and discounts each keep their share (see creditNoteLines).
 */
function proportionalShares(remaining: readonly { amount: number }[], creditMinor: number, step: number): number[] {
  const amounts = remaining.map((r) => r.amount / step);
  const credit = creditMinor / step;
  const left = sumMinor(amounts);
  const positives = amounts.map((amount) => Math.max(amount, 0));
  const negatives = amounts.map((amount) => Math.max(-amount, 0));
  const chargeTotal = sumMinor(positives);
  // chargeTotal >= left >= credit, so the share on charges is at least the credit, and the part
  // on discounts (its mirror) is at most what the discounts have left.
  const onCharges = divideHalfUp(BigInt(chargeTotal) * BigInt(credit), BigInt(left));
  const onDiscounts = onCharges - credit;
  const chargeShares = allocateMinor(onCharges, positives);
  const discountShares = negatives.some((n) => n > 0) ? allocateMinor(onDiscounts, negatives) : negatives.map(() => 0);
  return chargeShares.map((share, i) => (share - discountShares[i]!) * step);
}
