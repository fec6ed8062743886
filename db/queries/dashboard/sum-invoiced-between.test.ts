import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { createDashboardFixture, type DashboardFixture } from './dashboard-test-fixture';
import { sumInvoicedBetween } from './sum-invoiced-between';

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
});
afterAll(async () => {
  await fixture?.cleanUp();
});

describe('sumInvoicedBetween', () => {
  test('sums issued invoices in [from, to), without drafts and voided ones', async () => {
    const totals = await sumInvoicedBetween(REAL_TIME, { from: fixture.range.start, to: fixture.range.end });
    // paid 3200 + open 6000 issued exactly at the start; not: void 999, last month 777,
    // issued exactly at the end 555, draft 1234.
    expect(totals.find((t) => t.currency === fixture.currency)).toEqual({
      currency: fixture.currency,
      totalMinor: 9200,
      invoiceCount: 2,
    });
  });

  test('another range holds other invoices', async () => {
    const april = { from: new Date('2031-03-31T22:00:00Z'), to: fixture.range.start };
    const totals = await sumInvoicedBetween(REAL_TIME, april);
    expect(totals.find((t) => t.currency === fixture.currency)).toEqual({
      currency: fixture.currency,
      totalMinor: 777,
      invoiceCount: 1,
    });
  });
});
