import { BANK_FILE_MAX_BYTES } from '@/lib/actions/payments/bank-file-upload';
import type { Locale } from '@/lib/i18n/locales';
import { templatesOf } from '@/lib/i18n/templates';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export type BankImportFormTexts = ReturnType<typeof bankImportFormTexts>;

/**
 * The bank-file form's texts in `locale` (dashboard.manage.bankImports), the size limit filled in;
 * `tooLarge` keeps `{name}` for the browser to fill with the chosen file's name.
 */
export function bankImportFormTexts(locale: Locale) {
  const t = getTranslator(locale, 'dashboard.manage.bankImports');
  const kb = BANK_FILE_MAX_BYTES / 1024;
  return {
    ...textsOf(locale, 'dashboard.manage.bankImports', ['line', 'problem', 'import']),
    file: t('file', { kb: String(kb) }),
    tooLarge: templatesOf(locale, 'dashboard.manage.bankImports').tooLarge.replace('{kb}', String(kb)),
  };
}
