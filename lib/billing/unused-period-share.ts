import { assertMinor } from './money';
import { divideHalfUp } from './rounding';
import { assertTimeZone } from './time-zone';
import { utcToWall } from './zone-offsets';

const DAY_MS = 86_400_000;

/** The calendar day an instant falls on in the zone, as a day count since 1970-01-01. */
function dayNumber(at: Date, timeZone: string): number {
  return Math.floor(utcToWall(timeZone, at.getTime()) / DAY_MS);
}

export type UnusedPeriodShare = { daysInPeriod: number; daysUnused: number; amountMinor: number };

/**
 * The part of a term's amount that a stop at `now` leaves unused, in whole calendar days of the
 * shop's time zone: amount x unused days / days in the term, rounded HALF_UP once.
 *
 * NOTE: the day of the stop counts as used (the customer had the service that day), so a stop
 * on the first day of a 31-day term credits 30/31, and a stop on its last day credits nothing.
 * Days are calendar days, not 24-hour spans: a term across a DST change still has 31 days, and
 * a term anchored at 10:00 counts the days it starts on, up to the day it ends on.
 */
export function unusedPeriodShare(input: {
  amountMinor: number;
  periodStart: Date;
  periodEnd: Date;
  now: Date;
  timeZone: string;
}): UnusedPeriodShare {
  assertMinor(input.amountMinor);
  assertTimeZone(input.timeZone);
  const first = dayNumber(input.periodStart, input.timeZone);
  const daysInPeriod = dayNumber(input.periodEnd, input.timeZone) - first;
  if (daysInPeriod <= 0) throw new RangeError('A term must end at least a day after it starts');
  if (input.now.getTime() >= input.periodEnd.getTime()) return { daysInPeriod, daysUnused: 0, amountMinor: 0 };
  const daysUsed = input.now.getTime() < input.periodStart.getTime() ? 0 : dayNumber(input.now, input.timeZone) - first + 1;
  const daysUnused = Math.max(0, daysInPeriod - Math.min(daysUsed, daysInPeriod));
  const amountMinor = divideHalfUp(BigInt(input.amountMinor) * BigInt(daysUnused), BigInt(daysInPeriod));
  return { daysInPeriod, daysUnused, amountMinor };
}
