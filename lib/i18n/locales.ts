/**
 * The languages the shop writes to its customers in: the `locale` enum of the database
 * (db/schema/enums.ts) and one message file each in messages/.
 */
export const locales = ['en', 'nl', 'de', 'nb'] as const;
export type Locale = (typeof locales)[number];

/** A customer with no known language gets English. */
export const defaultLocale: Locale = 'en';

/**
 * The BCP 47 tag that numbers, money, dates and plural rules are formatted with in each language.
 * NOTE: `en` is British English: dates read "1 March 2026", as the shop's customers in Europe
 * expect.
 */
export const intlLocales: Record<Locale, string> = {
  en: 'en-GB',
  nl: 'nl-NL',
  de: 'de-DE',
  nb: 'nb-NO',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
