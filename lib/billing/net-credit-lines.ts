import type { CreditableLine, CreditLine } from './credit-line';
import { categoryVat } from './vat/category-vat';
import { lineCategory } from './vat/line-category';
import { categoryKey } from './vat/vat-category';
import { divideToStep } from './vat/rounding-step';

/**
 * One invoice line and the part of it this note is meant to take: `share` VAT included, or
 * `whole` for all the net it has left (the note for the rest).
 */
export type NetCreditTarget = { line: CreditableLine; share: number; whole: boolean };

/** How far either side of the proportional net a category's credited net may move (in steps). */
const MAX_NUDGE_STEPS = 50;

const vatOf = (netMinor: number, rateBp: number, step: number) => divideToStep(BigInt(netMinor) * BigInt(rateBp), 10_000n, step);

/**
 * A partial credit of a net-price invoice, computed as the invoice was (settleNetVat, EN 16931
 * BR-CO-17): each line's credited net (its share less the VAT that share contains), then VAT once
 * per category and rate on the note's summed nets, spread back over its lines. The note's PDF, page
 * and UBL then state the same VAT, because the UBL computes exactly that from the same nets.
 *
 * NOTE: rounding VAT per document means the notes of one invoice could together take back a step
 * more VAT per category than the invoice charged (25 % of 2 + 25 % of 2 rounds to 1 + 1, of 4 to 1).
 * So each category's credited net is nudged by a step or two from the proportional one until the
 * VAT of the credited part and the VAT of what stays add up to what the category still carries:
 * then the note for the rest, which takes back exactly every line's remaining net and VAT, is also
 * what BR-CO-17 computes for it, and all notes together equal the invoice to the minor unit. The
 * price is a note total a step or two off the amount asked for (a net-price total is net + rounded
 * VAT, which cannot hit every amount anyway).
 */
export function netCreditLines(targets: readonly NetCreditTarget[], step: number): CreditLine[] {
  const nets = targets.map(({ line, share, whole }) => {
    const left = remainingNetOf(line);
    if (whole) return left;
    const net = share === 0 ? 0 : share - divideToStep(BigInt(share) * BigInt(line.taxRateBp), 10_000n + BigInt(line.taxRateBp), step);
    // Never more net back than the line has left: its VAT share may have drifted from its own.
    return left >= 0 ? Math.min(Math.max(net, 0), left) : Math.max(Math.min(net, 0), left);
  });
  const groups = new Map<string, number[]>();
  targets.forEach(({ line }, index) => {
    const key = categoryKey(lineCategory(line));
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  for (const indexes of groups.values()) nudgeCategory(targets, nets, indexes, step);

  const { vats: computed } = categoryVat(
    targets.map(({ line }, index) => ({ netMinor: nets[index]!, category: lineCategory(line) })),
    step,
  );
  // The rest takes back each line's own remaining VAT: by the rule above its category's sum is
  // what BR-CO-17 computes on the remaining nets, and the lines' VAT on the PDF comes out whole.
  const vats = targets.map(({ line, whole }, index) => (whole ? line.taxMinor - line.creditedTaxMinor : computed[index]!));
  const out: CreditLine[] = [];
  targets.forEach(({ line }, index) => {
    const net = nets[index]!;
    const vat = vats[index]! + 0;
    if (net === 0 && vat === 0) return;
    out.push({
      invoiceLineId: line.invoiceLineId,
      description: line.description,
      quantity: targets[index]!.whole && line.creditedMinor === 0 ? line.quantity : 1,
      amountMinor: net + vat,
      taxRateBp: line.taxRateBp,
      taxMinor: vat,
      ...(line.vatCategory ? { vatCategory: line.vatCategory } : {}),
    });
  });
  return out;
}

const remainingNetOf = (line: CreditableLine) => line.amountMinor - line.creditedMinor - (line.taxMinor - line.creditedTaxMinor);

/** Moves the category's credited net to the nearest amount that keeps its VAT whole (see above). */
function nudgeCategory(targets: readonly NetCreditTarget[], nets: number[], indexes: number[], step: number): void {
  const rateBp = lineCategory(targets[indexes[0]!]!.line).rateBp;
  if (rateBp === 0) return;
  const remainingNet = (i: number) => remainingNetOf(targets[i]!.line);
  const leftNet = indexes.reduce((sum, i) => sum + remainingNet(i), 0);
  const leftVat = indexes.reduce((sum, i) => sum + targets[i]!.line.taxMinor - targets[i]!.line.creditedTaxMinor, 0);
  // Notes written before this rule may have left a category whose VAT is no longer its rounded
  // net: nothing to keep whole there.
  if (vatOf(leftNet, rateBp, step) !== leftVat) return;
  const credited = indexes.reduce((sum, i) => sum + nets[i]!, 0);
  // The line that absorbs the nudge: the one with the most net left, charged lines before discounts.
  const absorber = [...indexes].sort((a, b) => remainingNet(b) - remainingNet(a))[0]!;
  const room = (delta: number) => {
    const next = nets[absorber]! + delta;
    const left = remainingNet(absorber);
    return left >= 0 ? next >= 0 && next <= left : next <= 0 && next >= left;
  };
  for (let k = 0; k <= MAX_NUDGE_STEPS; k += 1) {
    for (const delta of k === 0 ? [0] : [k * step, -k * step]) {
      const net = credited + delta;
      if (!room(delta)) continue;
      if (vatOf(net, rateBp, step) + vatOf(leftNet - net, rateBp, step) === leftVat) {
        nets[absorber] = nets[absorber]! + delta;
        return;
      }
    }
  }
}
