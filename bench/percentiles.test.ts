import { describe, expect, it } from 'vitest';
import { percentiles } from './percentiles';

describe('percentiles', () => {
  it('takes the nearest rank at or above the quantile, whatever the order of the sample', () => {
    const times = Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, … 1
    expect(percentiles(times)).toEqual({ p50: 10, p95: 19 });
  });

  it('answers the one value of a single run, and NaN without runs', () => {
    expect(percentiles([7])).toEqual({ p50: 7, p95: 7 });
    expect(percentiles([])).toEqual({ p50: NaN, p95: NaN });
  });
});
