import { currencyExponent } from '../currency';
import { divideHalfUp } from '../rounding';

/**
 * The smallest amount a document may state, in minor units: 1 normally, 10 for a 3-decimal
 * currency (KWD, BHD...) in a document limited to 2 decimals, as EN 16931 is (BR-DEC-*).
 */
export function roundingStepMinor(currency: string, maxDecimals: number): number {
  const exponent = currencyExponent(currency);
  return 10 ** Math.max(0, exponent - maxDecimals);
}

/** numerator / denominator rounded HALF_UP (away from zero) to a multiple of `step`. */
export function divideToStep(numerator: bigint, denominator: bigint, step: number): number {
  return divideHalfUp(numerator, denominator * BigInt(step)) * step;
}

/** Floor division for bigint (JS bigint division truncates towards zero). */
export function floorDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator !== 0n && numerator < 0n !== denominator < 0n ? quotient - 1n : quotient;
}
