import { formatDate } from '@/components/dashboard/format-date';
import { DateText } from '@/components/ui/date-text';
import type { Locale } from '@/lib/i18n/locales';
import type { InvoiceAudience } from './invoice-document-types';

/** A date as each audience reads dates elsewhere: numeric on the dashboard, spelled out in Min Side. */
export function InvoiceDate({
  value,
  timeZone,
  audience,
  locale,
}: {
  value: Date | string | null;
  timeZone: string;
  audience: InvoiceAudience;
  locale?: Locale;
}) {
  if (audience === 'customer') return <DateText value={value} timeZone={timeZone} locale={locale} />;
  return <>{formatDate(value instanceof Date ? value.toISOString() : value, timeZone)}</>;
}
