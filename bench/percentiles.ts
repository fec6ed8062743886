/** p50 and p95 of a sample of times (nearest rank: the value at or above the quantile). */
export function percentiles(times: readonly number[]): { p50: number; p95: number } {
  if (times.length === 0) return { p50: NaN, p95: NaN };
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}
