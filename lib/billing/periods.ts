import { err, ok, type Result } from './result';
import { assertTimeZone } from './time-zone';
import { shiftWallClock } from './zone-offsets';

export type IntervalUnit = 'day' | 'week' | 'month' | 'year';
export type Interval = { unit: IntervalUnit; count: number };

// Ten years at most, whatever the unit: far enough for any real plan, short enough that a typo
// (a count of 1000 months) is caught at the form instead of producing a plan that never renews.
const MAX_COUNT: Readonly<Record<IntervalUnit, number>> = { day: 3650, week: 520, month: 120, year: 10 };

export function validateInterval(interval: Interval): Result<Interval> {
  const { unit, count } = interval;
  if (!Object.hasOwn(MAX_COUNT, unit)) return err(`Unknown billing interval unit "${unit}".`);
  const max = MAX_COUNT[unit];
  if (!Number.isInteger(count) || count < 1 || count > max) {
    return err(`The billing interval must be a whole number of ${unit}s from 1 to ${max}.`);
  }
  return ok({ unit, count });
}

/**
 * `date` moved by whole calendar units in `timeZone`, keeping the local time of day.
 * A month step that lands past the end of the month clamps to its last day (Jan 31 -> Feb 29).
 *
 * NOTE: a local time that does not exist on the target day (02:30 on a spring-forward night)
 * comes back shifted forward by the gap (03:30); an ambiguous one (02:30 on a fall-back night)
 * comes back as its later occurrence. That is @date-fns/tz's behaviour, and it never drifts:
 * periods are computed from the anchor, so the next period is back at the anchor's time.
 */
function shiftInZone(date: Date, unit: IntervalUnit, amount: number, timeZone: string): Date {
  assertTimeZone(timeZone);
  if (Number.isNaN(date.getTime())) throw new RangeError('Cannot shift an invalid date');
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Shift must be an integer, got ${amount}`);
  // NOTE: the zone arithmetic is ours (zone-offsets.ts: Intl's offsets, cached per year), ten
  // times faster than @date-fns/tz and checked against it as the oracle in zone-offsets.test.ts.
  return new Date(shiftWallClock(date.getTime(), unit, amount, timeZone));
}

function assertInterval(interval: Interval): void {
  const valid = validateInterval(interval);
  if (!valid.ok) throw new RangeError(valid.error);
}

/**
 * The start of term `n` (0 = the anchor itself).
 *
 * NOTE: always anchor + n x interval in local wall-clock time, never the previous period plus one
 * interval. Stepping from the previous period would lose the anchor day for good after a short
 * month (Jan 31 -> Feb 28 -> Mar 28); from the anchor it comes back (-> Mar 31).
 */
export function periodStart(anchor: Date, interval: Interval, n: number, timeZone: string): Date {
  assertInterval(interval);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Term must be a non-negative integer, got ${n}`);
  return shiftInZone(anchor, interval.unit, n * interval.count, timeZone);
}

/**
 * The start of term `n` of a subscription whose `anchor` is the start of term `anchorTerm` (0,
 * unless a pause moved it: see subscription-pause.ts). Still anchor + k x interval, with
 * k = n - anchorTerm.
 *
 * NOTE: k may be negative for a term before a resume re-anchored the subscription; those dates
 * are only read as floors of the timeline (the past), and a month step back clamps like any other.
 */
export function anchoredPeriodStart(anchor: Date, anchorTerm: number, interval: Interval, n: number, timeZone: string): Date {
  assertInterval(interval);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Term must be a non-negative integer, got ${n}`);
  if (!Number.isSafeInteger(anchorTerm)) throw new RangeError(`Anchor term must be an integer, got ${anchorTerm}`);
  return shiftInZone(anchor, interval.unit, (n - anchorTerm) * interval.count, timeZone);
}

/** Term `n` as the half-open range [start, end): its end is the next term's start. */
export function periodOf(anchor: Date, interval: Interval, n: number, timeZone: string): { start: Date; end: Date } {
  return { start: periodStart(anchor, interval, n, timeZone), end: periodStart(anchor, interval, n + 1, timeZone) };
}

const DAY_MS = 86_400_000;
const APPROX_UNIT_MS: Readonly<Record<IntervalUnit, number>> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.436875 * DAY_MS,
  year: 365.2425 * DAY_MS,
};

/**
 * The term whose period contains `at`, or -1 for any instant before the anchor (a trial, or a
 * date before the subscription existed: there is no term -1).
 */
export function termAt(anchor: Date, interval: Interval, at: Date, timeZone: string): number {
  assertInterval(interval);
  if (at.getTime() < anchor.getTime()) return -1;
  // An estimate from the average unit length, then corrected: month and DST lengths vary.
  let n = Math.floor((at.getTime() - anchor.getTime()) / (APPROX_UNIT_MS[interval.unit] * interval.count));
  while (n > 0 && periodStart(anchor, interval, n, timeZone).getTime() > at.getTime()) n--;
  while (periodStart(anchor, interval, n + 1, timeZone).getTime() <= at.getTime()) n++;
  return n;
}

/** Calendar days in the zone, keeping the local time (trial ends, due dates). May be negative. */
export function addDaysInZone(date: Date, days: number, timeZone: string): Date {
  return shiftInZone(date, 'day', days, timeZone);
}

/** Calendar months in the zone, clamped to the end of a shorter month. May be negative. */
export function addMonthsInZone(date: Date, months: number, timeZone: string): Date {
  return shiftInZone(date, 'month', months, timeZone);
}
