import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { LOCALE_COOKIE, LOCALE_PARAM, negotiateLocale } from '@/lib/i18n/negotiate';
import type { Locale } from '@/lib/i18n/locales';

/** One cookie's value from a Cookie header, or null. */
function cookieValue(header: string | null, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * The language a customer route (a return link, a download) answers in, from the request as the
 * pages take it (lib/i18n/negotiate.ts has the order): its `?lang=`, the signed-in customer's
 * stored language when the route knows them, the cookie, Accept-Language. Read from the request
 * itself, so a route answers the same without the page's request scope.
 */
export async function requestLocale(request: Request, customerId?: string | null): Promise<Locale> {
  return negotiateLocale({
    query: new URL(request.url).searchParams.get(LOCALE_PARAM),
    stored: customerId ? await getCustomerLocale(customerId) : null,
    cookie: cookieValue(request.headers.get('cookie'), LOCALE_COOKIE),
    acceptLanguage: request.headers.get('accept-language'),
  });
}
