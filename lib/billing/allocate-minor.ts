import { assertMinor } from './rounding';

/**
 * Splits `totalMinor` into parts proportional to `weights` that sum exactly to the total.
 *
 * Largest-remainder method: every part first gets its exact share rounded towards zero, then the
 * units left over go one each to the parts with the largest fractional remainders, ties to the
 * earlier part. Each part is therefore within one minor unit of its exact share, and the result
 * depends only on the inputs (no sort instability). Zero-weight parts always get 0. A negative
 * total is split as its mirror image, so a credit splits exactly like the charge it reverses.
 *
 * NOTE: written by hand rather than with dinero.js `allocate`, which hands the leftover units to
 * the parts with the largest *weights* (7 over weights [2,1,2,1,2] gives [2,1,2,0,2]: a part
 * owed 0.875 gets nothing), orders equal weights with an inconsistent sort comparator, and
 * multiplies in float with the number calculator.
 */
export function allocateMinor(totalMinor: number, weights: number[]): number[] {
  assertMinor(totalMinor, 'total');
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`Weights must be non-negative safe integers, got ${weight}`);
    }
  }
  const weightSum = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  if (weightSum === 0n) {
    if (totalMinor === 0) return weights.map(() => 0);
    throw new RangeError(`Cannot allocate ${totalMinor} over weights that are all zero`);
  }

  const magnitude = BigInt(Math.abs(totalMinor));
  const parts = weights.map((weight) => {
    const exact = magnitude * BigInt(weight);
    return { share: exact / weightSum, remainder: exact % weightSum };
  });
  let leftover = magnitude - parts.reduce((sum, part) => sum + part.share, 0n);

  const byRemainder = parts
    .map((part, index) => ({ remainder: part.remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    parts[index].share += 1n;
    leftover -= 1n;
  }

  const sign = totalMinor < 0 ? -1 : 1;
  // `+ 0` turns the -0 of a mirrored zero share into 0, so toEqual([0, ...]) and JSON stay clean.
  return parts.map((part) => sign * Number(part.share) + 0);
}
