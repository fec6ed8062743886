import type { MrrMovementKind } from './movement-kinds';

/**
 * What kind of movement takes a subscription's MRR from `previousMinor` to `nextMinor`; null when
 * the value did not change (nothing to record).
 *
 * A subscription that starts counting is `new` the first time and a `reactivation` when it had
 * counted before (`hadValueBefore`: back from suspension, a pause or an end); one that stops
 * counting is `churn`; a change of a counting value is `expansion` or `contraction`.
 */
export function classifyMovement(input: { previousMinor: number; nextMinor: number; hadValueBefore: boolean }): MrrMovementKind | null {
  const { previousMinor, nextMinor } = input;
  if (previousMinor < 0 || nextMinor < 0) throw new RangeError(`MRR cannot be negative (${previousMinor} -> ${nextMinor})`);
  if (previousMinor === nextMinor) return null;
  if (previousMinor === 0) return input.hadValueBefore ? 'reactivation' : 'new';
  if (nextMinor === 0) return 'churn';
  return nextMinor > previousMinor ? 'expansion' : 'contraction';
}
