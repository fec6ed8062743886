import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

/** "every month", "every 3 months" ("per måned", "hver 3. måned"). */
export function intervalLabel(unit: string, count: number, locale: Locale = 'en'): string {
  return getTranslator(locale, 'shop.price')('every', { unit, count });
}
