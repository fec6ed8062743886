import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { createDashboardFixture, type DashboardFixture } from './dashboard-test-fixture';
import { getSubscriptionKpis } from './get-subscription-kpis';

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
});
afterAll(async () => {
  await fixture?.cleanUp();
});

describe('getSubscriptionKpis', () => {
  test('counts active and trialing and sums MRR of the active ones, per currency', async () => {
    const kpis = await getSubscriptionKpis(REAL_TIME);
    const mine = kpis.byCurrency.find((c) => c.currency === fixture.currency);
    // 3200 + 9000 × 2 / 3 + 32000 / 12 + 1100 × 52 / 12 = 16633.33: rounded once, not
    // 3200 + 6000 + 2667 + 4767 = 16634 as per-subscription rounding would give.
    expect(mine).toEqual({ currency: fixture.currency, activeCount: 4, trialingCount: 1, mrrMinor: 16633 });
  });

  test('totals are the sums over currencies and include ours', async () => {
    const kpis = await getSubscriptionKpis(REAL_TIME);
    expect(kpis.activeCount).toBe(kpis.byCurrency.reduce((n, c) => n + c.activeCount, 0));
    expect(kpis.trialingCount).toBe(kpis.byCurrency.reduce((n, c) => n + c.trialingCount, 0));
    expect(kpis.activeCount).toBeGreaterThanOrEqual(4);
    expect(kpis.trialingCount).toBeGreaterThanOrEqual(1);
    for (const c of kpis.byCurrency) expect(Number.isSafeInteger(c.mrrMinor)).toBe(true);
  });
});
