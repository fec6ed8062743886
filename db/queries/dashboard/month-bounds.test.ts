import { describe, expect, test } from 'vitest';
import { monthBounds } from './month-bounds';

describe('monthBounds', () => {
  test.each([
    // winter time (UTC+1): 1 January starts at 23:00 UTC the day before
    { now: '2026-01-15T12:00:00Z', zone: 'Europe/Amsterdam', start: '2025-12-31T23:00:00.000Z', end: '2026-01-31T23:00:00.000Z' },
    // already April in Amsterdam (00:30 CEST) while it is still March in UTC
    { now: '2026-03-31T22:30:00Z', zone: 'Europe/Amsterdam', start: '2026-03-31T22:00:00.000Z', end: '2026-04-30T22:00:00.000Z' },
    // the month spanning the DST switch: starts at +1, ends at +2
    { now: '2026-03-10T00:00:00Z', zone: 'Europe/Amsterdam', start: '2026-02-28T23:00:00.000Z', end: '2026-03-31T22:00:00.000Z' },
    { now: '2028-02-29T12:00:00Z', zone: 'UTC', start: '2028-02-01T00:00:00.000Z', end: '2028-03-01T00:00:00.000Z' },
    { now: '2026-12-31T23:59:59Z', zone: 'UTC', start: '2026-12-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' },
  ])('$now in $zone', ({ now, zone, start, end }) => {
    const bounds = monthBounds(new Date(now), zone);
    expect(bounds.start.toISOString()).toBe(start);
    expect(bounds.end.toISOString()).toBe(end);
    expect(bounds.start).toBeInstanceOf(Date);
  });
});
