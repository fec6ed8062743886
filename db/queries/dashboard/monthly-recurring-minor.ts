import { MONTHS_PER_UNIT } from '@/lib/billing/metrics/months-per-unit';
import { divideHalfUp } from '@/lib/billing/rounding';

export type RecurringIntervalUnit = 'day' | 'week' | 'month' | 'year';

/** One recurring charge: `amountMinor` × `quantity` every `intervalCount` × `intervalUnit`. */
export type RecurringCharge = {
  amountMinor: number | bigint;
  quantity?: number | bigint;
  intervalUnit: RecurringIntervalUnit;
  intervalCount: number;
};


/**
 * The monthly value of a set of recurring charges (MRR), in minor units.
 *
 * NOTE: each charge is normalised to a month as an exact fraction (month ÷ count, year ÷ 12,
 * week × 52/12, day × 365/12) and the fractions are summed exactly; the total is rounded
 * HALF_UP once at the end. Rounding per charge would drift by up to half a unit per subscription.
 */
export function monthlyRecurringMinor(charges: readonly RecurringCharge[]): number {
  let numerator = 0n;
  let denominator = 1n;
  for (const charge of charges) {
    const { months, per } = MONTHS_PER_UNIT[charge.intervalUnit];
    if (!Number.isInteger(charge.intervalCount) || charge.intervalCount <= 0) {
      throw new RangeError(`Interval count must be a positive integer, got ${charge.intervalCount}`);
    }
    const amount = toBigInt(charge.amountMinor, 'amount') * toBigInt(charge.quantity ?? 1, 'quantity');
    // amount per term ÷ months per term = amount × per ÷ (months × count)
    const itemNumerator = amount * per;
    const itemDenominator = months * BigInt(charge.intervalCount);
    numerator = numerator * itemDenominator + itemNumerator * denominator;
    denominator = denominator * itemDenominator;
    const divisor = gcd(numerator, denominator);
    if (divisor > 1n) {
      numerator /= divisor;
      denominator /= divisor;
    }
  }
  return divideHalfUp(numerator, denominator);
}

function toBigInt(value: number | bigint, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
  return BigInt(value);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
