import type { MrrMovementKind } from './movement-kinds';
import { divideHalfUp } from '../rounding';

/** A rate in basis points (1 % = 100), HALF_UP; null when there is nothing to divide by. */
export function rateBp(numerator: number, denominator: number): number | null {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError(`Rates take whole numbers, got ${numerator} / ${denominator}`);
  }
  if (denominator <= 0) return null;
  return divideHalfUp(BigInt(numerator) * 10_000n, BigInt(denominator));
}

/** The movements of one period and currency, in minor units, each with its sign (churn < 0). */
export type MovementTotals = Record<MrrMovementKind, number>;

/**
 * Revenue churn of a period whose MRR was `startMrrMinor` at its start:
 * - gross: MRR lost to churn and contraction, as a share of the starting MRR;
 * - net: the same, less what expansion and reactivation won back (negative when they won more:
 *   "negative churn"). New subscriptions are not counted: they were not in the starting MRR.
 */
export function revenueChurnBp(startMrrMinor: number, movements: MovementTotals): { grossBp: number | null; netBp: number | null } {
  const lost = -(movements.churn + movements.contraction);
  const won = movements.expansion + movements.reactivation;
  return { grossBp: rateBp(lost, startMrrMinor), netBp: rateBp(lost - won, startMrrMinor) };
}

/** ARR: twelve times the MRR. */
export function annualRunRateMinor(mrrMinor: number): number {
  const arr = mrrMinor * 12;
  if (!Number.isSafeInteger(arr)) throw new RangeError(`ARR of ${mrrMinor} is outside the safe integer range`);
  return arr;
}

/** ARPU: MRR per subscriber, HALF_UP; null without subscribers. */
export function averageRevenuePerSubscriberMinor(mrrMinor: number, subscribers: number): number | null {
  if (subscribers <= 0) return null;
  return divideHalfUp(BigInt(mrrMinor), BigInt(subscribers));
}

/** Formats basis points as a percentage with up to two decimals ("2.5 %"); "—" for null. */
export function formatRateBp(bp: number | null, locale = 'en'): string {
  if (bp === null) return '—';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(bp / 100)} %`;
}
