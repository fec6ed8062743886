import { beforeAll, describe, expect, test } from 'vitest';
import { listTestClocks } from './list-test-clocks';
import { createTestClockFixture, type TestClockFixture } from './test-clock-fixture';

let fixture: TestClockFixture;
beforeAll(async () => {
  fixture = await createTestClockFixture();
});

describe('listTestClocks', () => {
  test('each clock with its simulated time and the number of its simulated customers', async () => {
    const rows = await listTestClocks();
    const mine = rows.filter((r) => r.id === fixture.clock.id || r.id === fixture.emptyClock.id);
    expect(mine).toEqual([
      {
        id: fixture.emptyClock.id,
        name: `Empty ${fixture.tag}`,
        frozenTime: '2026-01-31T09:00:00.000Z',
        timeZone: null,
        createdAt: fixture.emptyClock.createdAt.toISOString(),
        customerCount: 0,
      },
      {
        id: fixture.clock.id,
        name: `Queries ${fixture.tag}`,
        frozenTime: '2026-03-01T09:00:00.000Z',
        timeZone: null,
        createdAt: fixture.clock.createdAt.toISOString(),
        customerCount: 1,
      },
    ]);
    expect(JSON.parse(JSON.stringify(mine))).toEqual(mine);
  });

  test('lists the newest first', async () => {
    const created = (await listTestClocks()).map((r) => r.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });
});
