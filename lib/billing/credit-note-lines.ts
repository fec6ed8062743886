import { allocateMinor, sumMinor, taxIncludedMinor } from './money';
import type { PriceMode } from './net-prices';
import { netCreditLines, type InexactNetCredit } from './net-credit-lines';
import { err, ok, type Result } from './result';
import { divideHalfUp } from './rounding';
import { roundingStepMinor } from './vat/rounding-step';
import type { CreditableLine, CreditLine } from './credit-line';

export type { CreditableLine, CreditLine } from './credit-line';

/**
 * Why a credit cannot be split, `message` in English: an amount that is no amount (zero, negative,
 * a fraction, more than is left), one between the steps an e-invoice can state, or a net-price
 * total that no net + rounded VAT makes (with the nearest totals that can be credited).
 */
export type CreditSplitError =
  | { kind: 'amount'; message: string }
  | { kind: 'step'; stepMinor: number; message: string }
  | ({ kind: 'inexact'; message: string } & InexactNetCredit);

export type CreditNoteLines = { lines: CreditLine[]; subtotalMinor: number; taxMinor: number; totalMinor: number };

/** The credited invoice's currency and price mode; without it, a VAT-inclusive invoice in minor units. */
export type CreditedInvoice = PriceMode & { currency: string };

/**
 * Spreads a credit of `creditMinor` (VAT included) over what is left of the invoice's lines, in
 * proportion to it, with each line's VAT computed from its rate the way invoices compute it
 * (HALF_UP once on the line amount). The lines sum exactly to `creditMinor`; a partial credit of
 * a net-price invoice is computed net first, as that invoice was (netCreditLines), and is refused
 * when no net + rounded VAT makes `creditMinor`, naming the nearest totals that can be credited.
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
export function creditNoteLines(lines: CreditableLine[], creditMinor: number, invoice?: CreditedInvoice): Result<CreditNoteLines, CreditSplitError> {
  const remaining = lines.map((line) => ({
    line,
    amount: line.amountMinor - line.creditedMinor,
    tax: line.taxMinor - line.creditedTaxMinor,
  }));
  const left = sumMinor(remaining.map((r) => r.amount));
  if (!Number.isSafeInteger(creditMinor) || creditMinor <= 0) return err({ kind: 'amount', message: 'The amount to credit must be more than zero.' });
  if (creditMinor > left) return err({ kind: 'amount', message: `Only ${left} minor units are left to credit.` });

  // NOTE: an e-invoice states at most 2 decimals (BR-DEC-*): a 3-decimal invoice whose lines are in
  // steps of 10 is credited in steps of 10 too, so its credit note can be e-invoiced like it.
  const e = invoice ? roundingStepMinor(invoice.currency, 2) : 1;
  const step = e > 1 && remaining.every((r) => r.amount % e === 0 && (invoice!.pricesIncludeVat || r.tax % e === 0)) ? e : 1;
  if (creditMinor % step !== 0) {
    return err({ kind: 'step', stepMinor: step, message: `Credit a multiple of ${step} minor units: an e-invoice states at most 2 decimals.` });
  }

  const shares = creditMinor === left ? remaining.map((r) => r.amount) : proportionalShares(remaining, creditMinor, step);
  if (invoice && !invoice.pricesIncludeVat) {
    const netLines = netCreditLines(
      remaining.map((r, i) => ({ line: r.line, share: shares[i]!, whole: creditMinor === left })),
      step,
      creditMinor,
    );
    if (netLines.ok) return ok(totalsOf(netLines.value));
    const { belowMinor, aboveMinor } = netLines.error;
    const nearest = belowMinor === null ? `${aboveMinor}` : `${belowMinor} or ${aboveMinor}`;
    return err({
      kind: 'inexact',
      belowMinor,
      aboveMinor,
      message: `No net amount plus its VAT rounded per rate makes ${creditMinor} minor units exactly: credit ${nearest}.`,
    });
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
