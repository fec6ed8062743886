import { describe, expect, test } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  test.each([
    { iso: '2026-03-31T22:30:00.000Z', zone: 'Europe/Amsterdam', time: false, expected: '2026-04-01' },
    { iso: '2026-03-31T22:30:00.000Z', zone: 'UTC', time: false, expected: '2026-03-31' },
    { iso: '2026-03-31T22:30:00.000Z', zone: 'Europe/Amsterdam', time: true, expected: '2026-04-01 00:30' },
    { iso: '2026-01-05T23:05:00.000Z', zone: 'Europe/Oslo', time: true, expected: '2026-01-06 00:05' },
    { iso: '2026-09-09T12:00:00.000Z', zone: 'America/New_York', time: true, expected: '2026-09-09 08:00' },
    { iso: null, zone: 'UTC', time: false, expected: '—' },
  ])('$iso in $zone (time: $time)', ({ iso, zone, time, expected }) => {
    expect(formatDate(iso, zone, { time })).toBe(expected);
  });
});

describe('formatDate in the staff member’s language', () => {
  test.each([
    { locale: 'de', expected: '01.04.2026 00:30' },
    { locale: 'nb', expected: '01.04.2026 00:30' },
    { locale: 'nl', expected: '01-04-2026 00:30' },
    { locale: 'en', expected: '2026-04-01 00:30' },
  ] as const)('$locale', ({ locale, expected }) => {
    expect(formatDate('2026-03-31T22:30:00.000Z', 'Europe/Amsterdam', { time: true, locale })).toBe(expected);
  });
});
