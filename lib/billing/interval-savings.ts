/**
 * What a longer billing interval saves against the shortest one ("save 16% vs every month"),
 * from the plans' list prices normalised to a month: yearly / 12, quarterly / 3, weekly × 52 / 12,
 * daily × 365 / 12 (the same normalisation as MRR).
 *
 * NOTE: all in integer arithmetic on exact fractions (bigint, so a large price cannot lose digits)
 * and rounded down, so the page never promises a saving a cent larger than the real one.
 */

export type SavingsPlan = {
  id: string;
  priceMinor: number;
  currency: string;
  intervalUnit: string;
  intervalCount: number;
};

export type IntervalSaving = {
  /** Whole percent saved per month against `versus`, at least 1. */
  percent: number;
  /** The plan compared with: the shortest interval of the group in the same currency. */
  versus: SavingsPlan;
};

/** A month expressed per unit as a fraction `months = count × num / den`. */
const MONTHS_PER_UNIT: Record<string, { num: bigint; den: bigint }> = {
  day: { num: 12n, den: 365n },
  week: { num: 12n, den: 52n },
  month: { num: 1n, den: 1n },
  year: { num: 12n, den: 1n },
};

/** The length of one term in months, as an exact fraction; null for an unknown unit. */
function termMonths(plan: SavingsPlan): { num: bigint; den: bigint } | null {
  const unit = MONTHS_PER_UNIT[plan.intervalUnit];
  if (!unit || !Number.isInteger(plan.intervalCount) || plan.intervalCount <= 0) return null;
  return { num: BigInt(plan.intervalCount) * unit.num, den: unit.den };
}

/**
 * The saving of each plan of one group (one product or one variant) against the group's
 * shortest interval in the same currency. Plans with no saving (the shortest itself, an equal or
 * dearer price per month, a free reference plan) are left out of the map.
 */
export function intervalSavings(plans: readonly SavingsPlan[]): Map<string, IntervalSaving> {
  const savings = new Map<string, IntervalSaving>();
  const byCurrency = new Map<string, SavingsPlan[]>();
  for (const plan of plans) {
    if (!termMonths(plan) || !Number.isSafeInteger(plan.priceMinor) || plan.priceMinor < 0) continue;
    byCurrency.set(plan.currency, [...(byCurrency.get(plan.currency) ?? []), plan]);
  }
  for (const group of byCurrency.values()) {
    const shortest = group.reduce((a, b) => (compareLength(b, a) < 0 ? b : a));
    for (const plan of group) {
      if (plan === shortest || compareLength(plan, shortest) === 0) continue;
      const percent = savingPercent(shortest, plan);
      if (percent >= 1) savings.set(plan.id, { percent, versus: shortest });
    }
  }
  return savings;
}

/** Negative when `a`'s term is shorter than `b`'s. */
function compareLength(a: SavingsPlan, b: SavingsPlan): number {
  const x = termMonths(a)!;
  const y = termMonths(b)!;
  const left = x.num * y.den;
  const right = y.num * x.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * floor(100 × (1 − perMonth(long) / perMonth(short))), where perMonth = price / termMonths.
 * 0 when the reference is free or the longer plan costs as much or more per month.
 */
export function savingPercent(short: SavingsPlan, long: SavingsPlan): number {
  const s = termMonths(short);
  const l = termMonths(long);
  if (!s || !l || short.priceMinor <= 0) return 0;
  // perMonth(short) = ps × s.den / s.num; perMonth(long) = pl × l.den / l.num; over a common denominator:
  const shortPerMonth = BigInt(short.priceMinor) * s.den * l.num;
  const longPerMonth = BigInt(long.priceMinor) * l.den * s.num;
  if (longPerMonth >= shortPerMonth) return 0;
  return Number((100n * (shortPerMonth - longPerMonth)) / shortPerMonth);
}
