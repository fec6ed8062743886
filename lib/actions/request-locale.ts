import { getPageLocale } from '@/lib/auth/page-locale';
import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import { manageLocalizer, type ManageCode } from '@/lib/i18n/manage-messages';

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

/**
 * A message of dashboard.manage.messages with its arguments, in the request's language: for an
 * answer that carries values (a date, an amount), which a bare code cannot.
 */
export async function manageText(code: ManageCode, values?: Record<string, string | number>): Promise<string> {
  return manageLocalizer(await requestLocale()).text(code, values);
}
