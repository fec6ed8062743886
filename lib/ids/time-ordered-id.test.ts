import { describe, expect, test } from 'vitest';
import { timeOrderedId } from './time-ordered-id';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedId', () => {
  test('UUIDv7s, all different, well past one refill of the random pool', () => {
    const ids = Array.from({ length: 10_000 }, timeOrderedId);
    for (const id of ids) expect(id).toMatch(V7);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('carries the millisecond it was made in, so later ids sort after earlier ones', async () => {
    const before = Date.now();
    const first = timeOrderedId();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = timeOrderedId();
    const millis = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(millis(first)).toBeGreaterThanOrEqual(before);
    expect(millis(first)).toBeLessThanOrEqual(Date.now());
    expect(second > first).toBe(true);
  });
});
