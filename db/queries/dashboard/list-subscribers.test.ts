import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { createDashboardFixture, type DashboardFixture } from './dashboard-test-fixture';
import { defaultListQuery } from '@/lib/validations/list-query';
import { listSubscribers, SUBSCRIBER_LIST } from './list-subscribers';

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
});
afterAll(async () => {
  await fixture?.cleanUp();
});

describe('listSubscribers', () => {
  test('joins customer, product and plan, with plain serializable values', async () => {
    const rows = (await listSubscribers(REAL_TIME, defaultListQuery(SUBSCRIBER_LIST, { q: fixture.tag, size: 100 }))).rows;
    expect(rows).toHaveLength(6);
    const quarterly = rows.find((r) => r.id === fixture.subscriptions[1].id);
    expect(quarterly).toEqual({
      id: fixture.subscriptions[1].id,
      customerId: fixture.customer.id,
      customerName: `Dash Customer ${fixture.tag}`,
      customerEmail: `dash-${fixture.tag}@example.test`,
      productName: `Dash Product ${fixture.tag}`,
      planName: 'Plan quarterly',
      status: 'active',
      quantity: 2,
      currency: fixture.currency,
      unitPriceMinor: 9000,
      termPriceMinor: 18000,
      intervalUnit: 'month',
      intervalCount: 3,
      currentPeriodEnd: '2031-06-01T00:00:00.000Z',
      startedAt: '2031-01-01T00:00:00.000Z',
      stopsAt: null,
      stopReason: null,
      stopReasonNote: null,
      customerCanStop: true,
      pausing: false,
      pauseResumesAt: null,
      customerCanPause: true,
      endsAt: null,
    });
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  test('lists the latest start first, ties in id order', async () => {
    const ids = (await listSubscribers(REAL_TIME, defaultListQuery(SUBSCRIBER_LIST, { q: fixture.tag, size: 100 }))).rows.map((r) => r.id);
    expect(ids).toEqual(fixture.subscriptions.map((s) => s.id).sort().reverse());
  });
});
