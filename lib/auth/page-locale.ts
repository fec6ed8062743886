import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { LOCALE_COOKIE, LOCALE_HEADER, negotiateLocale } from '@/lib/i18n/negotiate';
import type { Locale } from '@/lib/i18n/locales';
import { getViewer } from './viewer';

/**
 * The language this request's page is written in (lib/i18n/negotiate.ts has the order): the
 * layout, the page and its actions of one request share it. A signed-in customer's stored
 * language beats the cookie, so Min Side, their e-mails and their PDFs agree.
 */
export const getPageLocale = cache(async (): Promise<Locale> => {
  const [requestHeaders, jar, viewer] = await Promise.all([headers(), cookies(), getViewer()]);
  const stored = viewer?.customerId ? await getCustomerLocale(viewer.customerId) : null;
  return negotiateLocale({
    query: requestHeaders.get(LOCALE_HEADER),
    stored,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get('accept-language'),
  });
});
