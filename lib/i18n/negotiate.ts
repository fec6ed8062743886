import { defaultLocale, isLocale, type Locale } from './locales';

/** The cookie that keeps a visitor's language between pages (set by `?lang=` and the switcher). */
export const LOCALE_COOKIE = 'kadens_locale';
/** The query parameter that picks a page's language: `/plans/trendhouse?lang=nb`. */
export const LOCALE_PARAM = 'lang';
/** The request header proxy.ts passes a valid `?lang=` on in (any such header from outside is dropped). */
export const LOCALE_HEADER = 'x-kadens-locale';
/** The request header proxy.ts passes the page's own path and query in: where the switcher returns to. */
export const PAGE_PATH_HEADER = 'x-kadens-path';

/**
 * The best of our languages for an Accept-Language header ("nb-NO,nb;q=0.9,en;q=0.8"), by
 * quality, first match wins; `no` and `nn` read bokmål, the written Norwegian most people read.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    const language = primary === 'no' || primary === 'nn' ? 'nb' : primary;
    if (isLocale(language)) return language;
  }
  return null;
}

/**
 * A page's language, most explicit first: the `?lang=` of this request, the signed-in customer's
 * stored language, the cookie, the browser's Accept-Language, English.
 */
export function negotiateLocale(input: {
  query?: string | null;
  stored?: Locale | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(input.query)) return input.query;
  if (input.stored) return input.stored;
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? defaultLocale;
}
