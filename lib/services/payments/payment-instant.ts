import { utcToWall, wallToUtc } from '@/lib/billing/zone-offsets';

const DAY_MS = 86_400_000;
const NOON_MS = 12 * 3_600_000;

/** The calendar day (YYYY-MM-DD) an instant falls on in the shop's time zone. */
export function shopDate(at: Date, timeZone: string): string {
  return new Date(Math.floor(utcToWall(timeZone, at.getTime()) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant recorded for money received on a calendar day (a bank's booking date, the date a
 * merchant types): now when that day is today in the shop's time zone, otherwise noon of that
 * day there.
 *
 * NOTE: noon, not midnight: the paid date shown in the shop's zone stays the same day whatever
 * the offset, and a payment dated today never lands in the future.
 */
export function paymentInstant(date: string, input: { now: Date; timeZone: string }): Date {
  if (date === shopDate(input.now, input.timeZone)) return input.now;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(wallToUtc(input.timeZone, Date.UTC(year, month - 1, day) + NOON_MS));
}
