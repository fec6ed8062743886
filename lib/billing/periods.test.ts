import { TZDate } from '@date-fns/tz';
import { describe, expect, test } from 'vitest';
import { at, local } from './test-support/wall-clock';
import {
  addDaysInZone,
  addMonthsInZone,
  periodOf,
  periodStart,
  termAt,
  validateInterval,
  type Interval,
} from './periods';

function offsetMinutes(date: Date, timeZone: string): number {
  return new TZDate(date.getTime(), timeZone).getTimezoneOffset();
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** Expected local date of term n, computed with plain calendar arithmetic as an oracle. */
function expectedLocalDate(anchorLocal: string, interval: Interval, n: number): string {
  const [y, m, d] = anchorLocal.slice(0, 10).split('-').map(Number);
  const time = anchorLocal.slice(11);
  if (interval.unit === 'day' || interval.unit === 'week') {
    const days = n * interval.count * (interval.unit === 'week' ? 7 : 1);
    const date = new Date(Date.UTC(y, m - 1, d + days));
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${time}`;
  }
  const months = n * interval.count * (interval.unit === 'year' ? 12 : 1);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month0 = monthIndex % 12;
  const day = Math.min(d, daysInMonth(year, month0));
  return `${year}-${pad(month0 + 1)}-${pad(day)} ${time}`;
}

const MONTHLY: Interval = { unit: 'month', count: 1 };
const QUARTERLY: Interval = { unit: 'month', count: 3 };
const YEARLY: Interval = { unit: 'year', count: 1 };
const WEEKLY: Interval = { unit: 'week', count: 1 };
const DAILY: Interval = { unit: 'day', count: 1 };

describe('validateInterval', () => {
  test.each([
    [{ unit: 'day', count: 1 }],
    [{ unit: 'day', count: 3650 }],
    [{ unit: 'week', count: 520 }],
    [{ unit: 'month', count: 120 }],
    [{ unit: 'year', count: 10 }],
  ] as [Interval][])('%j is valid', (interval) => {
    expect(validateInterval(interval)).toEqual({ ok: true, value: interval });
  });

  test.each([
    [{ unit: 'day', count: 0 }, 'The billing interval must be a whole number of days from 1 to 3650.'],
    [{ unit: 'day', count: 3651 }, 'The billing interval must be a whole number of days from 1 to 3650.'],
    [{ unit: 'week', count: 521 }, 'The billing interval must be a whole number of weeks from 1 to 520.'],
    [{ unit: 'month', count: 1.5 }, 'The billing interval must be a whole number of months from 1 to 120.'],
    [{ unit: 'month', count: -1 }, 'The billing interval must be a whole number of months from 1 to 120.'],
    [{ unit: 'year', count: 11 }, 'The billing interval must be a whole number of years from 1 to 10.'],
    [{ unit: 'fortnight', count: 1 }, 'Unknown billing interval unit "fortnight".'],
    [{ unit: 'toString', count: 1 }, 'Unknown billing interval unit "toString".'],
  ] as [Interval, string][])('%j is invalid', (interval, error) => {
    expect(validateInterval(interval)).toEqual({ ok: false, error });
  });
});

describe('anchor-based periods keep the anchor day (Europe/Oslo)', () => {
  const zone = 'Europe/Oslo';

  test.each([
    ['2024-01-31 10:15', MONTHLY, ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30']],
    ['2023-01-31 10:15', MONTHLY, ['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30', '2023-05-31', '2023-06-30']],
    ['2023-01-30 10:15', MONTHLY, ['2023-01-30', '2023-02-28', '2023-03-30', '2023-04-30', '2023-05-30', '2023-06-30']],
    ['2024-01-29 10:15', MONTHLY, ['2024-01-29', '2024-02-29', '2024-03-29', '2024-04-29', '2024-05-29', '2024-06-29']],
    ['2023-01-29 10:15', MONTHLY, ['2023-01-29', '2023-02-28', '2023-03-29', '2023-04-29', '2023-05-29', '2023-06-29']],
    ['2024-02-29 10:15', MONTHLY, ['2024-02-29', '2024-03-29', '2024-04-29', '2024-05-29', '2024-06-29', '2024-07-29']],
    ['2024-02-29 10:15', YEARLY, ['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29', '2029-02-28']],
    [
      '2023-11-30 10:15',
      QUARTERLY,
      ['2023-11-30', '2024-02-29', '2024-05-30', '2024-08-30', '2024-11-30', '2025-02-28'],
    ],
    [
      '2024-08-31 10:15',
      QUARTERLY,
      ['2024-08-31', '2024-11-30', '2025-02-28', '2025-05-31', '2025-08-31', '2025-11-30'],
    ],
  ])('%s every %j', (anchorLocal, interval, dates) => {
    const anchor = at(anchorLocal, zone);
    const starts = dates.map((_, n) => local(periodStart(anchor, interval, n, zone), zone));
    expect(starts).toEqual(dates.map((date) => `${date} 10:15`));
  });

  const anchors = [
    '2024-01-28 10:15',
    '2024-01-29 10:15',
    '2024-01-30 10:15',
    '2024-01-31 10:15',
    '2023-01-28 10:15',
    '2023-01-29 10:15',
    '2023-01-30 10:15',
    '2023-01-31 10:15',
    '2024-02-29 10:15',
    '2023-03-31 10:15',
    '2023-08-31 10:15',
  ];
  const intervals: [string, Interval, number][] = [
    ['monthly', MONTHLY, 48],
    ['quarterly', QUARTERLY, 16],
    ['yearly', YEARLY, 4],
    ['weekly', WEEKLY, 209],
  ];
  const matrix = anchors.flatMap((anchorLocal) =>
    intervals.map(([name, interval, terms]) => [anchorLocal, name, interval, terms] as const),
  );

  test.each(matrix)('%s %s for 48 months: calendar, contiguity and termAt', (anchorLocal, _name, interval, terms) => {
    const anchor = at(anchorLocal, zone);
    expect(termAt(anchor, interval, new Date(anchor.getTime() - 1), zone)).toBe(-1);
    for (let n = 0; n < terms; n++) {
      const { start, end } = periodOf(anchor, interval, n, zone);
      expect(local(start, zone)).toBe(expectedLocalDate(anchorLocal, interval, n));
      expect(end.getTime()).toBe(periodOf(anchor, interval, n + 1, zone).start.getTime());
      expect(end.getTime()).toBeGreaterThan(start.getTime());
      expect(termAt(anchor, interval, start, zone)).toBe(n);
      expect(termAt(anchor, interval, new Date((start.getTime() + end.getTime()) / 2), zone)).toBe(n);
      expect(termAt(anchor, interval, new Date(end.getTime() - 1), zone)).toBe(n);
    }
  });
});

describe('DST: the local time of day stays the same across both changes', () => {
  const zones = ['Europe/Oslo', 'America/Los_Angeles', 'Pacific/Auckland'];
  const times = ['00:30', '09:00', '23:30'];
  const intervals: [string, Interval, number][] = [
    ['daily', DAILY, 400],
    ['weekly', WEEKLY, 60],
    ['monthly', MONTHLY, 14],
    ['every 45 days', { unit: 'day', count: 45 }, 10],
  ];
  const matrix = zones.flatMap((zone) =>
    times.flatMap((time) => intervals.map(([name, interval, terms]) => [zone, time, name, interval, terms] as const)),
  );

  test.each(matrix)('%s at %s, %s', (zone, time, _name, interval, terms) => {
    const anchorLocal = `2024-01-15 ${time}`;
    const anchor = at(anchorLocal, zone);
    const offsets = new Set<number>();
    for (let n = 0; n < terms; n++) {
      const start = periodStart(anchor, interval, n, zone);
      expect(local(start, zone)).toBe(expectedLocalDate(anchorLocal, interval, n));
      offsets.add(offsetMinutes(start, zone));
      expect(termAt(anchor, interval, start, zone)).toBe(n);
    }
    // Both the standard and the summer offset were crossed, so the test proves something.
    expect(offsets.size).toBe(2);
  });

  test.each([
    ['Europe/Oslo', '2024-03-30 09:00', '2024-03-30T08:00:00.000Z', '2024-03-31T07:00:00.000Z', 23],
    ['Europe/Oslo', '2024-10-26 09:00', '2024-10-26T07:00:00.000Z', '2024-10-27T08:00:00.000Z', 25],
    ['America/Los_Angeles', '2024-03-09 09:00', '2024-03-09T17:00:00.000Z', '2024-03-10T16:00:00.000Z', 23],
    ['America/Los_Angeles', '2024-11-02 09:00', '2024-11-02T16:00:00.000Z', '2024-11-03T17:00:00.000Z', 25],
    ['Pacific/Auckland', '2024-04-06 09:00', '2024-04-05T20:00:00.000Z', '2024-04-06T21:00:00.000Z', 25],
    ['Pacific/Auckland', '2024-09-28 09:00', '2024-09-27T21:00:00.000Z', '2024-09-28T20:00:00.000Z', 23],
  ])('%s: a day from %s is [%s, %s), %i hours', (zone, anchorLocal, startIso, endIso, hours) => {
    const { start, end } = periodOf(at(anchorLocal, zone), DAILY, 0, zone);
    expect(start.toISOString()).toBe(startIso);
    expect(end.toISOString()).toBe(endIso);
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(hours);
  });

  test('a local time inside the spring-forward gap moves by the gap for that term only', () => {
    const zone = 'Europe/Oslo';
    const anchor = at('2024-03-30 02:30', zone);
    expect([0, 1, 2].map((n) => local(periodStart(anchor, DAILY, n, zone), zone))).toEqual([
      '2024-03-30 02:30',
      '2024-03-31 03:30',
      '2024-04-01 02:30',
    ]);
  });
});

describe('termAt', () => {
  const zone = 'Europe/Oslo';
  const anchor = at('2024-01-31 10:15', zone);

  test.each([
    ['2024-01-31 10:14', -1],
    ['2024-01-31 10:15', 0],
    ['2024-02-29 10:14', 0],
    ['2024-02-29 10:15', 1],
    ['2024-03-31 10:15', 2],
    ['2025-01-31 10:14', 11],
    ['2025-01-31 10:15', 12],
    ['2034-01-31 10:15', 120],
  ])('monthly from 2024-01-31 10:15: %s is term %i', (localTime, n) => {
    expect(termAt(anchor, MONTHLY, at(localTime, zone), zone)).toBe(n);
  });

  test('rejects a negative or fractional term', () => {
    expect(() => periodStart(anchor, MONTHLY, -1, zone)).toThrow(RangeError);
    expect(() => periodStart(anchor, MONTHLY, 1.5, zone)).toThrow(RangeError);
  });

  test('rejects an invalid interval and an unknown time zone', () => {
    expect(() => periodStart(anchor, { unit: 'month', count: 0 }, 1, zone)).toThrow(/whole number of months/);
    expect(() => periodStart(anchor, MONTHLY, 1, 'Mars/Olympus_Mons')).toThrow(/Unknown time zone/);
  });
});

describe('addDaysInZone and addMonthsInZone', () => {
  test.each([
    ['Europe/Oslo', '2024-03-25 12:00', 14, '2024-04-08 12:00'],
    ['Europe/Oslo', '2024-10-20 00:30', 14, '2024-11-03 00:30'],
    ['America/Los_Angeles', '2024-03-01 23:30', 30, '2024-03-31 23:30'],
    ['Pacific/Auckland', '2024-09-20 08:00', 10, '2024-09-30 08:00'],
    ['Europe/Oslo', '2024-04-08 12:00', -14, '2024-03-25 12:00'],
    ['Europe/Oslo', '2024-02-28 12:00', 1, '2024-02-29 12:00'],
  ])('%s: %s + %i days = %s', (zone, from, days, to) => {
    expect(local(addDaysInZone(at(from, zone), days, zone), zone)).toBe(to);
  });

  test.each([
    ['Europe/Oslo', '2024-01-31 12:00', 1, '2024-02-29 12:00'],
    ['Europe/Oslo', '2024-01-31 12:00', 12, '2025-01-31 12:00'],
    ['Europe/Oslo', '2024-08-31 12:00', 24, '2026-08-31 12:00'],
    ['Europe/Oslo', '2024-03-31 12:00', -1, '2024-02-29 12:00'],
    ['America/Los_Angeles', '2024-10-31 23:30', 1, '2024-11-30 23:30'],
    ['Pacific/Auckland', '2024-03-31 00:30', 6, '2024-09-30 00:30'],
  ])('%s: %s + %i months = %s', (zone, from, months, to) => {
    expect(local(addMonthsInZone(at(from, zone), months, zone), zone)).toBe(to);
  });

  test('returns a plain Date, not a TZDate', () => {
    const result = addDaysInZone(new Date('2024-01-01T00:00:00Z'), 1, 'Europe/Oslo');
    expect(result.constructor).toBe(Date);
    expect(result.toISOString()).toBe('2024-01-02T00:00:00.000Z');
  });
});
