/**
 * A range of instants as the whole UTC days inside it and the pieces of a day left at its ends:
 * the dashboard's totals are kept per UTC day (dashboard_totals), so a range in any time zone
 * reads them for `days` and the underlying rows only for `edges` (at most a day at each end).
 * `days` are "YYYY-MM-DD", `from` included and `to` excluded; null when no whole day fits.
 */
export type UtcDaySplit = { days: { from: string; to: string } | null; edges: { from: Date; to: Date }[] };

const DAY_MS = 86_400_000;
const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function splitAtUtcDays(range: { from: Date; to: Date }): UtcDaySplit {
  const from = range.from.getTime();
  const to = range.to.getTime();
  if (!(from < to)) return { days: null, edges: [] };
  const firstDay = Math.ceil(from / DAY_MS) * DAY_MS;
  const endDay = Math.floor(to / DAY_MS) * DAY_MS;
  if (firstDay >= endDay) return { days: null, edges: [{ from: range.from, to: range.to }] };
  const edges: { from: Date; to: Date }[] = [];
  if (from < firstDay) edges.push({ from: range.from, to: new Date(firstDay) });
  if (endDay < to) edges.push({ from: new Date(endDay), to: range.to });
  return { days: { from: dayKey(firstDay), to: dayKey(endDay) }, edges };
}
