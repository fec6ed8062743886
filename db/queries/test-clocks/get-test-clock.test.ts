import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { getTestClock } from './get-test-clock';
import { createTestClockFixture, type TestClockFixture } from './test-clock-fixture';

let fixture: TestClockFixture;
beforeAll(async () => {
  fixture = await createTestClockFixture();
});

describe('getTestClock', () => {
  test('finds a clock by id, at its current simulated time', async () => {
    const clock = await getTestClock(fixture.clock.id);
    expect(clock).toMatchObject({ id: fixture.clock.id, name: `Queries ${fixture.tag}` });
    expect(clock!.frozenTime.toISOString()).toBe('2026-03-01T09:00:00.000Z');
  });

  test('an unknown id is null, not an error', async () => {
    expect(await getTestClock(randomUUID())).toBeNull();
  });
});
