import { TZDate } from '@date-fns/tz';
import { assertTimeZone } from '../time-zone';

/** One calendar month in the shop's time zone: `key` "YYYY-MM", `start` inclusive, `end` exclusive. */
export type MonthSpan = { key: string; start: Date; end: Date };

const KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: string): boolean {
  return KEY.test(value);
}

/** The month key ("2026-05") of an instant, in `timeZone`. */
export function monthKeyOf(at: Date, timeZone: string): string {
  assertTimeZone(timeZone);
  const local = new TZDate(at.getTime(), timeZone);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`;
}

/** `key` moved by `months` (negative: earlier). */
export function addMonthsToKey(key: string, months: number): string {
  const [year, month] = parseKey(key);
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included (0 when `to` is before `from`). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = parseKey(from);
  const [ty, tm] = parseKey(to);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) + 1);
}

/** The month `key` as instants in `timeZone`. */
export function monthSpan(key: string, timeZone: string): MonthSpan {
  assertTimeZone(timeZone);
  const [year, month] = parseKey(key);
  const start = new TZDate(year, month - 1, 1, timeZone);
  const end = new TZDate(year, month, 1, timeZone);
  return { key, start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** Every month from `from` to `to`, both included, in order. */
export function monthSpans(from: string, to: string, timeZone: string): MonthSpan[] {
  const count = monthsBetween(from, to);
  return Array.from({ length: count }, (_, i) => monthSpan(addMonthsToKey(from, i), timeZone));
}

function parseKey(key: string): [number, number] {
  const match = KEY.exec(key);
  if (!match) throw new RangeError(`A month is written YYYY-MM, got "${key}"`);
  return [Number(match[1]), Number(match[2])];
}
