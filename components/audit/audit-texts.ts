import type { Locale } from '@/lib/i18n/locales';
import { templatesOf, type Templates } from '@/lib/i18n/templates';
import { getTranslator } from '@/lib/i18n/translator';
import { AUDIT_ACTION_NAMES, AUDIT_RECORD_TYPES } from '@/lib/validations/audit-actions';

/** The audit log's words in the staff member's language (dashboard.manage.audit), with every action's and kind of record's name. */
export type AuditTexts = Templates<'dashboard.manage.audit'> & { locale: Locale; actions: Record<string, string>; records: Record<string, string> };

export function auditTexts(locale: Locale, timeZone: string): AuditTexts {
  const t = getTranslator(locale, 'dashboard.manage.audit') as unknown as (key: string, values?: Record<string, string>) => string;
  return {
    ...templatesOf(locale, 'dashboard.manage.audit'),
    from: t('from', { timeZone }),
    locale,
    // An action's name has a dot (`payment.register`), which the catalog reads as a group: `_` there.
    actions: Object.fromEntries(AUDIT_ACTION_NAMES.map((name) => [name, t(`actions.${name.replace('.', '_')}`)])),
    records: Object.fromEntries(AUDIT_RECORD_TYPES.map((type) => [type, t(`records.${type}`)])),
  };
}
