import { allocateMinor, sumMinor, taxIncludedMinor } from './money';
import { err, ok, type Result } from './result';
import { divideHalfUp } from './rounding';
import type { VatCategoryCode } from './vat/vat-category';

/** A line of a credit note: the part of one invoice line it takes back, VAT included. */
export type CreditLine = {
  invoiceLineId: string;
  description: string;
  quantity: number;
  /** VAT included; negative for a discount line. */
  amountMinor: number;
  taxRateBp: number;
  taxMinor: number;
  /** The invoice line's VAT category, mirrored (null on lines stored before categories were). */
  vatCategory?: VatCategoryCode | null;
};

/** An invoice line as a credit note sees it: what it charged and what earlier notes took back. */
export type CreditableLine = CreditLine & {
  /** Taken back by earlier credit notes (same sign as the line). */
  creditedMinor: number;
  creditedTaxMinor: number;
};

export type CreditNoteLines = { lines: CreditLine[]; subtotalMinor: number; taxMinor: number; totalMinor: number };

/**
 * Spreads a credit of `creditMinor` (VAT included) over what is left of the invoice's lines, in
 * proportion to it, with each line's VAT computed from its rate the way invoices compute it
 * (HALF_UP once on the line amount). The lines sum exactly to `creditMinor`.
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
export function creditNoteLines(lines: CreditableLine[], creditMinor: number): Result<CreditNoteLines> {
  const remaining = lines.map((line) => ({
    line,
    amount: line.amountMinor - line.creditedMinor,
    tax: line.taxMinor - line.creditedTaxMinor,
  }));
  const left = sumMinor(remaining.map((r) => r.amount));
  if (!Number.isSafeInteger(creditMinor) || creditMinor <= 0) return err('The amount to credit must be more than zero.');
  if (creditMinor > left) return err(`Only ${left} minor units are left to credit.`);

  let shares: number[];
  if (creditMinor === left) {
    shares = remaining.map((r) => r.amount);
  } else {
    const positives = remaining.map((r) => Math.max(r.amount, 0));
    const negatives = remaining.map((r) => Math.max(-r.amount, 0));
    const chargeTotal = sumMinor(positives);
    // chargeTotal >= left >= creditMinor, so the share on charges is at least the credit, and the
    // part on discounts (its mirror) is at most what the discounts have left.
    const onCharges = divideHalfUp(BigInt(chargeTotal) * BigInt(creditMinor), BigInt(left));
    const onDiscounts = onCharges - creditMinor;
    const chargeShares = allocateMinor(onCharges, positives);
    const discountShares = negatives.some((n) => n > 0) ? allocateMinor(onDiscounts, negatives) : negatives.map(() => 0);
    shares = chargeShares.map((share, i) => share - discountShares[i]!);
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

  const taxMinor = sumMinor(out.map((line) => line.taxMinor));
  return ok({ lines: out, subtotalMinor: creditMinor - taxMinor, taxMinor, totalMinor: creditMinor });
}
