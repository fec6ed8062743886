import { TZDate } from '@date-fns/tz';
import { expect } from 'vitest';

/** Local wall-clock "YYYY-MM-DD HH:mm" in `timeZone`, read with Intl (independent of our code). */
export function local(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The instant of a local wall-clock time in `timeZone` (checked to read back the same). */
export function at(localTime: string, timeZone: string): Date {
  const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(localTime)!.map(Number);
  const date = new Date(new TZDate(y!, mo! - 1, d!, h!, mi!, timeZone).getTime());
  expect(local(date, timeZone)).toBe(localTime);
  return date;
}
