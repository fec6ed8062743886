import { calculator, halfAwayFromZero } from 'dinero.js/bigint';

/**
 * Divides two exact integers and rounds HALF_UP in the commercial sense: to the nearest integer,
 * and away from zero on an exact half (2.5 -> 3, -2.5 -> -3), so a credit mirrors its charge.
 *
 * NOTE: dinero.js's own `halfUp` rounds a half towards +infinity (-2.5 -> -2), which would make a
 * refund one minor unit smaller than the charge it reverses; `halfAwayFromZero` is the commercial
 * rule. The arithmetic runs on bigint (dinero's bigint calculator) so that a product such as
 * amount x rate can never lose precision above 2^53 before it is divided back down.
 */
export function divideHalfUp(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n) throw new RangeError(`Denominator must be positive, got ${denominator}`);
  const quotient = halfAwayFromZero(numerator, denominator, calculator);
  const result = Number(quotient);
  if (!Number.isSafeInteger(result)) {
    throw new RangeError(`Rounded amount ${quotient} is outside the safe integer range`);
  }
  return result;
}

/** Throws unless `value` is an integer amount of minor units that a JS number holds exactly. */
export function assertMinor(value: number, what = 'amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what} must be a safe integer number of minor units, got ${value}`);
  }
}

/**
 * The exact decimal value of a JS number as units / 10^scale (12.5 -> 125 / 10), so that a
 * percentage can take part in integer arithmetic without its binary float error.
 */
export function toExactDecimal(value: number, maxScale = 9): { units: bigint; scale: number } {
  if (!Number.isFinite(value)) throw new RangeError(`Expected a finite number, got ${value}`);
  for (let scale = 0; scale <= maxScale; scale++) {
    const factor = 10 ** scale;
    const units = Math.round(value * factor);
    if (Number.isSafeInteger(units) && units / factor === value) {
      return { units: BigInt(units), scale };
    }
  }
  throw new RangeError(`${value} has more than ${maxScale} decimals`);
}
