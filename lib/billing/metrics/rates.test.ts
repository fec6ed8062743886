import { describe, expect, test } from 'vitest';
import { annualRunRateMinor, averageRevenuePerSubscriberMinor, formatRateBp, rateBp, revenueChurnBp } from './rates';

describe('rates', () => {
  test('rateBp: basis points, half up, null without a base', () => {
    expect(rateBp(1, 8)).toBe(1250);
    expect(rateBp(1, 3)).toBe(3333);
    expect(rateBp(2, 3)).toBe(6667);
    expect(rateBp(0, 5)).toBe(0);
    expect(rateBp(3, 0)).toBeNull();
  });

  test('revenue churn: gross counts churn and contraction, net subtracts expansion and reactivation', () => {
    const movements = { new: 9_999, expansion: 1_000, contraction: -500, churn: -1_500, reactivation: 500 };
    // lost 2000 of 10000 = 20 %; won back 1500: net 5 %
    expect(revenueChurnBp(10_000, movements)).toEqual({ grossBp: 2000, netBp: 500 });
    // more won than lost: negative net churn
    expect(revenueChurnBp(10_000, { ...movements, expansion: 5_000 })).toEqual({ grossBp: 2000, netBp: -3500 });
    expect(revenueChurnBp(0, movements)).toEqual({ grossBp: null, netBp: null });
  });

  test('ARR is 12 × MRR; ARPU is MRR per subscriber', () => {
    expect(annualRunRateMinor(3_250)).toBe(39_000);
    expect(averageRevenuePerSubscriberMinor(10_000, 3)).toBe(3_333);
    expect(averageRevenuePerSubscriberMinor(10_000, 0)).toBeNull();
  });

  test('formats basis points as a percentage', () => {
    expect(formatRateBp(1250)).toBe('12.5 %');
    expect(formatRateBp(-3500)).toBe('-35 %');
    expect(formatRateBp(null)).toBe('—');
  });
});
