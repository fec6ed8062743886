import { beforeAll, describe, expect, test } from 'vitest';
import { listClockBillingActions } from './list-clock-billing-actions';
import { createTestClockFixture, type TestClockFixture } from './test-clock-fixture';

let fixture: TestClockFixture;
beforeAll(async () => {
  fixture = await createTestClockFixture();
});

describe('listClockBillingActions', () => {
  test("term 1's announce, invoice and issue, newest first, on their simulated dates", async () => {
    const rows = await listClockBillingActions(fixture.clock.id);
    expect(rows.map(({ term, action, dueAt }) => ({ term, action, dueAt }))).toEqual([
      { term: 1, action: 'issue', dueAt: '2026-02-28T09:00:00.000Z' },
      { term: 1, action: 'invoice', dueAt: '2026-02-21T09:00:00.000Z' },
      { term: 1, action: 'announce', dueAt: '2026-02-14T09:00:00.000Z' },
    ]);
    expect(rows.every((r) => r.subscriptionId === fixture.subscription.id && r.customerName === `Sim ${fixture.tag}`)).toBe(true);
  });

  test('another clock sees none of them', async () => {
    expect(await listClockBillingActions(fixture.emptyClock.id)).toEqual([]);
  });
});
