const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as "2026-03-31" (or "2026-03-31 14:05" with `time`) in the shop's time zone.
 * Numeric parts only, assembled by hand: month names and separators differ between ICU versions,
 * and the server render and the browser's hydration must print the same text.
 */
export function formatDate(iso: string | null, timeZone: string, options: { time?: boolean } = {}): string {
  if (!iso) return '—';
  const key = `${timeZone}|${options.time ? 't' : 'd'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(options.time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    formatters.set(key, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return options.time ? `${date} ${parts.hour}:${parts.minute}` : date;
}
