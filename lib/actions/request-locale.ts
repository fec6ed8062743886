import { getPageLocale } from '@/lib/auth/page-locale';
import { defaultLocale, type Locale } from '@/lib/i18n/locales';

/**
 * The language an action answers in: the page's (lib/auth/page-locale.ts, the one the dashboard
 * was rendered in). Called outside a request (a script, a unit test without headers) there is
 * no page, so English, the catalog's source language.
 */
export async function requestLocale(): Promise<Locale> {
  try {
    return await getPageLocale();
  } catch {
    return defaultLocale;
  }
}
