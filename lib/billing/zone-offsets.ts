/**
 * UTC offsets of an IANA time zone, fast.
 *
 * NOTE: asking Intl for an offset costs microseconds, and a bill run asks millions of times. Per
 * zone and year we ask Intl once a day, find each change to the minute by bisection, and keep the
 * list of changes; an offset is then a short scan of that list. Intl stays the only source of
 * truth (the same one @date-fns/tz reads), and a property test compares the results with it.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The offset (ms, wall clock minus UTC) straight from Intl. */
export function intlOffset(timeZone: string, utcMs: number): number {
  const parts = formatter(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const utcSeconds = Math.floor(utcMs / 1000) * 1000;
  return wall - utcSeconds;
}

type YearTable = { start: number; end: number; offsets: number[]; changes: number[] };
type ZoneTables = { byYear: Map<number, YearTable>; last: YearTable | null };
const zones = new Map<string, ZoneTables>();

function yearTable(timeZone: string, year: number): YearTable {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const offsets = [intlOffset(timeZone, start)];
  const changes: number[] = [];
  let previous = offsets[0]!;
  for (let t = start + DAY / 2; t <= end; t += DAY / 2) {
    const sample = intlOffset(timeZone, Math.min(t, end));
    if (sample === previous) continue;
    // A change between t - 12 h and t: bisect to the minute.
    let lo = t - DAY / 2;
    let hi = Math.min(t, end);
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE || lo + MINUTE;
      if (intlOffset(timeZone, mid) === previous) lo = mid;
      else hi = mid;
    }
    changes.push(hi);
    offsets.push(sample);
    previous = sample;
  }
  return { start, end, offsets, changes };
}

/**
 * The year table holding `utcMs`. NOTE: a bill run asks for the same zone and year again and
 * again, so the last table of each zone is checked first by range: no key to build, no Date.
 */
function tableAt(timeZone: string, utcMs: number): YearTable {
  let zone = zones.get(timeZone);
  if (!zone) {
    if (zones.size > 1_000) zones.clear();
    zone = { byYear: new Map(), last: null };
    zones.set(timeZone, zone);
  }
  const last = zone.last;
  if (last && utcMs >= last.start && utcMs < last.end) return last;
  const year = new Date(utcMs).getUTCFullYear();
  let table = zone.byYear.get(year);
  if (!table) {
    table = yearTable(timeZone, year);
    zone.byYear.set(year, table);
  }
  zone.last = table;
  return table;
}

/** The zone's offset at `utcMs` (ms, wall clock minus UTC). */
export function zoneOffset(timeZone: string, utcMs: number): number {
  const table = tableAt(timeZone, utcMs);
  let offset = table.offsets[0]!;
  for (let i = 0; i < table.changes.length; i += 1) {
    if (utcMs >= table.changes[i]!) offset = table.offsets[i + 1]!;
    else break;
  }
  return offset;
}

/**
 * The instant of a wall-clock time in the zone, resolved exactly as @date-fns/tz resolves it:
 * start from the offset at the instant numerically equal to the wall time, correct once, and in
 * a spring-forward gap move forward by the gap. A fall-back time that exists twice therefore
 * takes the occurrence that offset points to (the later one east of Greenwich, the earlier one
 * west of it): odd, but the dates must not change when the arithmetic gets faster.
 */
export function wallToUtc(timeZone: string, wallMs: number): number {
  const first = zoneOffset(timeZone, wallMs);
  const u1 = wallMs - first;
  const second = zoneOffset(timeZone, u1);
  if (second === first) return u1;
  const u2 = wallMs - second;
  if (zoneOffset(timeZone, u2) === second) return u2;
  return Math.max(u1, u2); // in the gap: forward by the gap
}

export function utcToWall(timeZone: string, utcMs: number): number {
  return utcMs + zoneOffset(timeZone, utcMs);
}

export type ShiftUnit = 'day' | 'week' | 'month' | 'year';

/**
 * `utcMs` moved by whole calendar units in the zone, keeping the local time of day; a month step
 * past the end of a shorter month clamps to its last day (Jan 31 + 1 month = Feb 28/29).
 */
export function shiftWallClock(utcMs: number, unit: ShiftUnit, amount: number, timeZone: string): number {
  const wall = new Date(utcToWall(timeZone, utcMs));
  if (unit === 'day' || unit === 'week') {
    wall.setUTCDate(wall.getUTCDate() + amount * (unit === 'week' ? 7 : 1));
  } else {
    const day = wall.getUTCDate();
    wall.setUTCDate(1);
    wall.setUTCMonth(wall.getUTCMonth() + (unit === 'month' ? amount : amount * 12));
    const lastDay = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 0)).getUTCDate();
    wall.setUTCDate(Math.min(day, lastDay));
  }
  return wallToUtc(timeZone, wall.getTime());
}
