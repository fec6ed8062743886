import { getPageLocale } from '@/lib/auth/page-locale';
import { defaultLocale, type Locale } from '@/lib/i18n/locales';

/**
 * The language an action answers in: the page's (a signed-in customer's stored language, else the
 * visitor's choice or browser), so a refusal reads like the page it appears on. Outside a request
 * (a script, a unit test) there is no page: English.
 */
export async function answerLocale(): Promise<Locale> {
  try {
    return await getPageLocale();
  } catch {
    return defaultLocale;
  }
}
