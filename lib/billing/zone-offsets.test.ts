import { tz } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { describe, expect, test } from 'vitest';
import { intlOffset, shiftWallClock, zoneOffset, type ShiftUnit } from './zone-offsets';

// @date-fns/tz (on Intl) is the oracle: the fast path must give exactly its answers.
function oracle(utcMs: number, unit: ShiftUnit, amount: number, zone: string): number {
  const ctx = { in: tz(zone) };
  const d = new Date(utcMs);
  const shifted =
    unit === 'day' ? addDays(d, amount, ctx) : unit === 'week' ? addWeeks(d, amount, ctx) : unit === 'month' ? addMonths(d, amount, ctx) : addYears(d, amount, ctx);
  return shifted.getTime();
}

const ZONES = [
  'Europe/Amsterdam',
  'Europe/Oslo',
  'America/Los_Angeles',
  'Pacific/Auckland',
  'Australia/Lord_Howe', // 30-minute DST
  'America/St_Johns', // -3:30 / -2:30
  'Asia/Kolkata',
  'UTC',
];

describe('fast zone arithmetic agrees with Intl / @date-fns/tz', () => {
  test.each(ZONES)('%s: offsets at every quarter hour around each change, 2020-2035', (zone) => {
    for (let year = 2020; year <= 2035; year += 1) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 6 * 3_600_000) {
        if (intlOffset(zone, t) !== intlOffset(zone, t + 6 * 3_600_000)) {
          for (let u = t - 3_600_000; u <= t + 7 * 3_600_000; u += 15 * 60_000) {
            expect(zoneOffset(zone, u)).toBe(intlOffset(zone, u));
          }
        }
      }
    }
  });

  test.each(ZONES)('%s: shifts from and into DST gaps and overlaps match the oracle', (zone) => {
    let compared = 0;
    for (let year = 2024; year <= 2027; year += 1) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 6 * 3_600_000) {
        if (intlOffset(zone, t) === intlOffset(zone, t + 6 * 3_600_000)) continue;
        // Start times around the change, and shifts that land around the same change a year or
        // a few weeks / months later or earlier.
        for (let u = t - 2 * 3_600_000; u <= t + 8 * 3_600_000; u += 15 * 60_000) {
          for (const [unit, amount] of [
            ['day', 1], ['day', -1], ['day', 7], ['week', 52], ['week', -52], ['month', 12], ['month', -12], ['year', 1], ['year', -1],
          ] as [ShiftUnit, number][]) {
            expect(shiftWallClock(u, unit, amount, zone)).toBe(oracle(u, unit, amount, zone));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(zone === 'UTC' || zone === 'Asia/Kolkata' ? -1 : 100);
  });

  test('random dates, units and amounts (10,000 cases) match the oracle', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const units: ShiftUnit[] = ['day', 'week', 'month', 'year'];
    for (let i = 0; i < 10_000; i += 1) {
      const zone = ZONES[i % ZONES.length]!;
      const unit = units[Math.floor(random() * 4)]!;
      const amount = Math.floor(random() * 130) - 10;
      const base = Date.UTC(2000 + Math.floor(random() * 40), Math.floor(random() * 12), 1 + Math.floor(random() * 28), Math.floor(random() * 24), Math.floor(random() * 60));
      expect(shiftWallClock(base, unit, amount, zone)).toBe(oracle(base, unit, amount, zone));
    }
  });
});
