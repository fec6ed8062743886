import { currencyExponent } from '../currency';
import { err, ok, type Result } from '../result';
import { assertMinor } from '../rounding';
import { categoryVat, type CategoryVatEntry } from './category-vat';
import type { VatCategory } from './vat-category';
import { divideToStep, roundingStepMinor } from './rounding-step';

export type TotalsLine = {
  /** Whole units; negative for a credited or discount line. */
  quantity: number;
  /** Per unit, VAT-inclusive or not as the document's `pricesIncludeVat` says. Never negative (BR-27). */
  unitPriceMinor: number;
  category: VatCategory;
};

/** A document-level allowance (coupon) or charge, VAT-inclusive or not like the lines' prices. */
export type TotalsAllowanceCharge = { kind: 'allowance' | 'charge'; amountMinor: number; category: VatCategory };

export type DocumentTotalsInput = {
  currency: string;
  pricesIncludeVat: boolean;
  lines: readonly TotalsLine[];
  allowanceCharges?: readonly TotalsAllowanceCharge[];
  /** Already paid (BT-113), e.g. a prepayment. */
  paidMinor?: number;
  /** Decimals the document may state: EN 16931 allows 2 (BR-DEC-*). */
  maxDecimals?: number;
};

export type VatBreakdownEntry = CategoryVatEntry;

export type DocumentTotals = {
  lines: { netMinor: number; vatMinor: number }[];
  allowanceCharges: { netMinor: number; vatMinor: number }[];
  breakdown: VatBreakdownEntry[];
  lineNetTotalMinor: number; // BT-106
  allowanceTotalMinor: number; // BT-107
  chargeTotalMinor: number; // BT-108
  taxExclusiveMinor: number; // BT-109
  vatTotalMinor: number; // BT-110
  taxInclusiveMinor: number; // BT-112
  paidMinor: number; // BT-113
  roundingMinor: number; // BT-114
  payableMinor: number; // BT-115
};

export type TotalsError = { code: 'amount-precision' | 'negative-price'; message: string };

/**
 * The totals of an invoice or credit note as EN 16931 defines them:
 * - each line's net is rounded once, on the line (quantity x price; from a VAT-inclusive price,
 *   the line amount less the VAT it contains, rounded HALF_UP);
 * - VAT is computed once per category and rate, on that category's taxable amount (BR-CO-17,
 *   BR-S-08/09), and the document's VAT is the sum of the categories' (BR-CO-14);
 * - BT-106..BT-115 follow BR-CO-10..16.
 *
 * NOTE: with VAT-inclusive prices, net-then-VAT can land a minor unit or two off the sum of the
 * prices the customer was shown. That difference is stated as the rounding amount (BT-114), so the
 * amount due is exactly the sum of the shown prices while every EN 16931 rule holds.
 */
export function computeDocumentTotals(input: DocumentTotalsInput): Result<DocumentTotals, TotalsError> {
  const { currency, pricesIncludeVat } = input;
  const step = roundingStepMinor(currency, input.maxDecimals ?? 2);
  const allowanceCharges = input.allowanceCharges ?? [];
  const paidMinor = input.paidMinor ?? 0;
  assertMinor(paidMinor, 'paid amount');

  const items: { grossOrNet: number; category: VatCategory; sign: number }[] = [];
  for (const line of input.lines) {
    assertMinor(line.unitPriceMinor, 'unit price');
    if (line.unitPriceMinor < 0) {
      return err({ code: 'negative-price', message: 'A unit price may not be negative; use a negative quantity.' });
    }
    const amount = line.quantity * line.unitPriceMinor;
    assertMinor(amount, 'line amount');
    items.push({ grossOrNet: amount, category: line.category, sign: 1 });
  }
  for (const entry of allowanceCharges) {
    assertMinor(entry.amountMinor, 'allowance or charge');
    if (entry.amountMinor < 0) return err({ code: 'negative-price', message: 'An allowance or charge amount may not be negative.' });
    items.push({ grossOrNet: entry.amountMinor, category: entry.category, sign: entry.kind === 'charge' ? 1 : -1 });
  }
  const coarse = items.find((item) => item.grossOrNet % step !== 0);
  if (coarse) {
    const unit = (step / 10 ** currencyExponent(currency)).toString();
    return err({
      code: 'amount-precision',
      message: `An e-invoice states at most ${input.maxDecimals ?? 2} decimals: every ${currency} amount must be a multiple of ${unit} ${currency}.`,
    });
  }

  const nets = items.map(({ grossOrNet, category }) =>
    pricesIncludeVat
      ? grossOrNet - divideToStep(BigInt(grossOrNet) * BigInt(category.rateBp), 10_000n + BigInt(category.rateBp), step)
      : grossOrNet,
  );

  const { vats: signedVats, breakdown } = categoryVat(
    items.map((item, index) => ({ netMinor: item.sign * nets[index], category: item.category })),
    step,
  );
  // `+ 0`: an allowance's zero VAT is -0 after the sign flip.
  const vats = signedVats.map((vat, index) => items[index].sign * vat + 0);

  const lineCount = input.lines.length;
  const sumOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
  const lineNetTotalMinor = sumOf(nets.slice(0, lineCount));
  const allowanceTotalMinor = sumOf(nets.filter((_, index) => index >= lineCount && items[index].sign < 0));
  const chargeTotalMinor = sumOf(nets.filter((_, index) => index >= lineCount && items[index].sign > 0));
  const taxExclusiveMinor = lineNetTotalMinor - allowanceTotalMinor + chargeTotalMinor;
  const vatTotalMinor = sumOf(breakdown.map((entry) => entry.vatMinor));
  const taxInclusiveMinor = taxExclusiveMinor + vatTotalMinor;
  const shownMinor = sumOf(items.map((item) => item.sign * item.grossOrNet));
  const roundingMinor = pricesIncludeVat ? shownMinor - taxInclusiveMinor : 0;
  for (const total of [taxExclusiveMinor, taxInclusiveMinor, shownMinor]) assertMinor(total, 'document total');

  return ok({
    lines: nets.slice(0, lineCount).map((netMinor, index) => ({ netMinor, vatMinor: vats[index] })),
    allowanceCharges: nets.slice(lineCount).map((netMinor, index) => ({ netMinor, vatMinor: vats[lineCount + index] })),
    breakdown,
    lineNetTotalMinor,
    allowanceTotalMinor,
    chargeTotalMinor,
    taxExclusiveMinor,
    vatTotalMinor,
    taxInclusiveMinor,
    paidMinor,
    roundingMinor,
    payableMinor: taxInclusiveMinor - paidMinor + roundingMinor,
  });
}
