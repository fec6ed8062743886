import { intlLocales, type Locale } from '@/lib/i18n/locales';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Where each language puts the day, month and year of a numeric date, and what joins them. */
const NUMERIC_DATES: Record<Locale, (p: Record<string, string>) => string> = {
  // English keeps the ISO form the dashboard has always shown: unambiguous for staff anywhere.
  en: (p) => `${p.year}-${p.month}-${p.day}`,
  nl: (p) => `${p.day}-${p.month}-${p.year}`,
  de: (p) => `${p.day}.${p.month}.${p.year}`,
  nb: (p) => `${p.day}.${p.month}.${p.year}`,
};

/**
 * An instant as "2026-03-31" (English), "31.03.2026" (German, Norwegian) or "31-03-2026" (Dutch),
 * with `time` followed by "14:05", in the shop's time zone.
 * Numeric parts only, assembled by hand: month names and separators differ between ICU versions,
 * and the server render and the browser's hydration must print the same text.
 */
export function formatDate(iso: string | null, timeZone: string, options: { time?: boolean; locale?: Locale } = {}): string {
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
  const date = (NUMERIC_DATES[options.locale ?? 'en'] ?? NUMERIC_DATES.en)(parts);
  return options.time ? `${date} ${parts.hour}:${parts.minute}` : date;
}

/** The Intl tag the dashboard formats amounts and rates with: plain `en` for English, as before. */
export function dashboardIntlTag(locale: Locale = 'en'): string {
  return locale === 'en' ? 'en' : intlLocales[locale];
}
