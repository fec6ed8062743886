import type { CreditableLine, CreditLine } from './credit-line';
import { sumMinor } from './money';
import { err, ok, type Result } from './result';
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

/** No mix of nets makes the amount asked for: the totals nearest it that can be credited. */
export type InexactNetCredit = { belowMinor: number | null; aboveMinor: number };

/**
 * A partial credit of a net-price invoice, computed as the invoice was (settleNetVat, EN 16931
 * BR-CO-17): each line's credited net (its share less the VAT that share contains), then VAT once
 * per category and rate on the note's summed nets, spread back over its lines. The note's PDF, page
 * and UBL then state the same VAT, because the UBL computes exactly that from the same nets.
 *
 * NOTE: rounding VAT per document means the notes of one invoice could together take back a step
 * more VAT per category than the invoice charged (25 % of 2 + 25 % of 2 rounds to 1 + 1, of 4 to 1).
 * So a category's credited net may only be one whose VAT and the VAT of what stays add up to what
 * the category still carries: then the note for the rest, which takes back exactly every line's
 * remaining net and VAT, is also what BR-CO-17 computes for it, and all notes together equal the
 * invoice to the minor unit. Of those nets, each category's is moved (a few steps from the
 * proportional one, as little as it can) so the note's total, net + rounded VAT, is exactly
 * `creditMinor`. Not every total can be made so (at 6 %, a line of 9 net + 1 VAT can be credited
 * 10 but not 5): then the answer is the nearest totals that can, never a different credit.
 */
export function netCreditLines(targets: readonly NetCreditTarget[], step: number, creditMinor: number): Result<CreditLine[], InexactNetCredit> {
  const nets = targets.map(({ line, share, whole }) => {
    const left = remainingNetOf(line);
    if (whole) return left;
    const net = share === 0 ? 0 : share - divideToStep(BigInt(share) * BigInt(line.taxRateBp), 10_000n + BigInt(line.taxRateBp), step);
    // Never more net back than the line has left: its VAT share may have drifted from its own.
    return left >= 0 ? Math.min(Math.max(net, 0), left) : Math.max(Math.min(net, 0), left);
  });
  // The note for the rest takes every line's remaining net: nothing to choose.
  if (!targets.every(({ whole }) => whole)) {
    const groups = new Map<string, number[]>();
    targets.forEach(({ line }, index) => {
      const key = categoryKey(lineCategory(line));
      groups.set(key, [...(groups.get(key) ?? []), index]);
    });
    const categories = [...groups.values()].map((indexes) => categoryChoices(targets, nets, indexes, step));
    const plans = plansByTotal(categories);
    const exact = plans.get(creditMinor);
    if (!exact) return err(nearestTotals(plans, creditMinor, sumMinor(targets.map(({ line }) => line.amountMinor - line.creditedMinor))));
    categories.forEach(({ absorber }, index) => {
      nets[absorber] = nets[absorber]! + exact.deltas[index]!;
    });
  }

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
  return ok(out);
}

const remainingNetOf = (line: CreditableLine) => line.amountMinor - line.creditedMinor - (line.taxMinor - line.creditedTaxMinor);

/** A move of a category's credited net (on its absorbing line) and the category's total after it, net + VAT. */
type Choice = { delta: number; totalMinor: number };

/**
 * The nets a category may credit near its proportional one (see above), nearest first, as moves of
 * the line that absorbs them: the one with the most net left, charged lines before discounts.
 */
function categoryChoices(targets: readonly NetCreditTarget[], nets: readonly number[], indexes: number[], step: number): { absorber: number; choices: Choice[] } {
  const rateBp = lineCategory(targets[indexes[0]!]!.line).rateBp;
  const remainingNet = (i: number) => remainingNetOf(targets[i]!.line);
  const leftNet = indexes.reduce((sum, i) => sum + remainingNet(i), 0);
  const leftVat = indexes.reduce((sum, i) => sum + targets[i]!.line.taxMinor - targets[i]!.line.creditedTaxMinor, 0);
  // Without VAT, or where notes written before this rule left a VAT that is no longer the rounded
  // net, there is no VAT to keep whole: any net will do.
  const keepsVatWhole = rateBp !== 0 && vatOf(leftNet, rateBp, step) === leftVat;
  const credited = indexes.reduce((sum, i) => sum + nets[i]!, 0);
  const absorber = [...indexes].sort((a, b) => remainingNet(b) - remainingNet(a))[0]!;
  const absorberLeft = remainingNet(absorber);
  const choices: Choice[] = [];
  for (let k = 0; k <= MAX_NUDGE_STEPS; k += 1) {
    for (const delta of k === 0 ? [0] : [k * step, -k * step]) {
      const next = nets[absorber]! + delta;
      if (absorberLeft >= 0 ? next < 0 || next > absorberLeft : next > 0 || next < absorberLeft) continue;
      const net = credited + delta;
      if (keepsVatWhole && vatOf(net, rateBp, step) + vatOf(leftNet - net, rateBp, step) !== leftVat) continue;
      choices.push({ delta, totalMinor: net + vatOf(net, rateBp, step) });
    }
  }
  return { absorber, choices };
}

/** Every note total the categories' choices can make, each by the smallest moves (the first found on a tie). */
function plansByTotal(categories: readonly { choices: Choice[] }[]): Map<number, { moved: number; deltas: number[] }> {
  let plans = new Map([[0, { moved: 0, deltas: [] as number[] }]]);
  for (const { choices } of categories) {
    const next = new Map<number, { moved: number; deltas: number[] }>();
    for (const [total, plan] of plans) {
      for (const choice of choices) {
        const moved = plan.moved + Math.abs(choice.delta);
        const known = next.get(total + choice.totalMinor);
        if (!known || moved < known.moved) next.set(total + choice.totalMinor, { moved, deltas: [...plan.deltas, choice.delta] });
      }
    }
    plans = next;
  }
  return plans;
}

/** The totals next to `creditMinor` on either side; crediting everything left is always possible. */
function nearestTotals(plans: ReadonlyMap<number, unknown>, creditMinor: number, leftMinor: number): InexactNetCredit {
  let belowMinor: number | null = null;
  let aboveMinor = leftMinor;
  for (const total of plans.keys()) {
    if (total > 0 && total < creditMinor && (belowMinor === null || total > belowMinor)) belowMinor = total;
    if (total > creditMinor && total < aboveMinor) aboveMinor = total;
  }
  return { belowMinor, aboveMinor };
}
