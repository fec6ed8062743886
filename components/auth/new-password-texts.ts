import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { PASSWORD_MAX_BYTES } from '@/lib/validations/auth';

export type NewPasswordTexts = { new: string; hint: string; again: string };

/** The labels of NewPasswordFields in the reader's language. */
export function newPasswordTexts(locale: Locale): NewPasswordTexts {
  const t = getTranslator(locale, 'auth.password');
  return { new: t('new'), hint: t('hint', { max: String(PASSWORD_MAX_BYTES) }), again: t('again') };
}
