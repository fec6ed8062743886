import { tz } from '@date-fns/tz';
import { addMonths } from 'date-fns/addMonths';
import { startOfMonth } from 'date-fns/startOfMonth';

/**
 * The calendar month containing `now` in the shop's time zone, as UTC instants: `start` is
 * inclusive, `end` exclusive. "This month" on the dashboard is the merchant's month, not UTC's.
 */
export function monthBounds(now: Date, timeZone: string): { start: Date; end: Date } {
  const start = startOfMonth(now, { in: tz(timeZone) });
  const end = addMonths(start, 1);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}
