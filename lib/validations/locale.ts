import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';

/** The language switcher's form: the language, and the page to go back to. */
export const chooseLanguageSchema = z.object({
  locale: z.enum(locales),
  returnTo: z.string().max(500).optional(),
});
