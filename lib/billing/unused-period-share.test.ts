import { describe, expect, test } from 'vitest';
import { unusedPeriodShare } from './unused-period-share';

const AMS = 'Europe/Amsterdam';
// March 2026 in Amsterdam: 31 days, with the change to summer time on the 29th.
const MARCH = { periodStart: new Date('2026-03-01T00:00:00+01:00'), periodEnd: new Date('2026-04-01T00:00:00+02:00') };

describe('unusedPeriodShare', () => {
  test.each([
    // 3200 x 21 / 31 = 2167.74..., HALF_UP.
    ['stopped on 10 March: the 10th is used, 21 of 31 days are not', '2026-03-10T15:00:00+01:00', 21, 2168],
    ['stopped on the first day: 30 of 31 days', '2026-03-01T00:00:00+01:00', 30, 3097],
    ['stopped on the last day: nothing unused', '2026-03-31T23:59:00+02:00', 0, 0],
    ['stopped after the summer-time change still counts calendar days', '2026-03-30T01:00:00+02:00', 1, 103],
    ['stopped before the term began: all of it', '2026-02-20T12:00:00+01:00', 31, 3200],
    ['stopped after the term: nothing', '2026-04-02T12:00:00+02:00', 0, 0],
  ])('%s', (_name, now, daysUnused, amountMinor) => {
    expect(unusedPeriodShare({ amountMinor: 3200, ...MARCH, now: new Date(now), timeZone: AMS })).toEqual({
      daysInPeriod: 31,
      daysUnused,
      amountMinor,
    });
  });

  // 31 Jan to 27 Feb are the term's 28 days; stopped on 13 Feb, its 14th, 14 are left.
  test('a term anchored mid-day counts the days from its first to its last', () => {
    const share = unusedPeriodShare({
      amountMinor: 2800,
      periodStart: new Date('2026-01-31T10:00:00Z'),
      periodEnd: new Date('2026-02-28T10:00:00Z'),
      now: new Date('2026-02-13T18:00:00Z'),
      timeZone: 'UTC',
    });
    expect(share).toEqual({ daysInPeriod: 28, daysUnused: 14, amountMinor: 1400 });
  });
});
