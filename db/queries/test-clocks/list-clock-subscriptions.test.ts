import { beforeAll, describe, expect, test } from 'vitest';
import { listClockSubscriptions } from './list-clock-subscriptions';
import { createTestClockFixture, type TestClockFixture } from './test-clock-fixture';

let fixture: TestClockFixture;
beforeAll(async () => {
  fixture = await createTestClockFixture();
});

describe('listClockSubscriptions', () => {
  test("the clock's subscription after term 1's issue, with the engine's next step", async () => {
    const rows = await listClockSubscriptions(fixture.clock.id);
    expect(rows).toEqual([
      {
        id: fixture.subscription.id,
        customerId: fixture.customerId,
        customerName: `Sim ${fixture.tag}`,
        customerEmail: expect.stringMatching(/^simulated-[0-9a-f]{8}@example\.invalid$/),
        productName: 'Trendhouse',
        planName: 'Monthly',
        status: 'active',
        quantity: 1,
        currentTerm: 1,
        // Anchored on Jan 31 10:00 in Amsterdam: term 1 is Feb 28 – Mar 31 (CEST from Mar 29).
        currentPeriodStart: '2026-02-28T09:00:00.000Z',
        currentPeriodEnd: '2026-03-31T08:00:00.000Z',
        nextAction: 'announce',
        nextActionTerm: 2,
        nextActionAt: '2026-03-17T09:00:00.000Z',
        lastError: null,
        lastErrorAt: null,
      },
    ]);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  test('another clock sees none of them', async () => {
    expect(await listClockSubscriptions(fixture.emptyClock.id)).toEqual([]);
  });
});
