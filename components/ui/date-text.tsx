import { intlLocales, type Locale } from '@/lib/i18n/locales';

/** A date in the reader's terms; the shop's time zone decides which calendar day it is. */
export function DateText({ value, timeZone, locale = 'en' }: { value: Date | string | null; timeZone?: string; locale?: Locale }) {
  if (!value) return <>—</>;
  const date = typeof value === 'string' ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()}>
      {new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'medium', timeZone }).format(date)}
    </time>
  );
}
