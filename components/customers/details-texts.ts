import { catalog } from '@/lib/i18n/catalog';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

type Raw = (typeof catalog)['en']['customerDetails'];
/** Every text of the details forms in one language, as plain strings for client components. */
export type DetailsTexts = { [K in keyof Raw]: string };

/**
 * The details texts of `locale`; the messages with an argument formatted with `email` (the
 * address the customer signs in with), the others as written.
 */
export function detailsTexts(locale: Locale, email = ''): DetailsTexts {
  const t = getTranslator(locale, 'customerDetails');
  const raw = catalog[locale].customerDetails;
  return { ...raw, currentEmail: t('currentEmail', { email }), emailSent: raw.emailSent };
}
