import { STAFF_ROLES, type StaffRole } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/locales';
import { templatesOf, type Templates } from '@/lib/i18n/templates';

/** The staff page's words in the staff member's language (dashboard.manage.staff), each role's name by the role. */
export type StaffTexts = Templates<'dashboard.manage.staff'> & { locale: Locale; roleNames: Record<StaffRole, string> };

export function staffTexts(locale: Locale): StaffTexts {
  const t = templatesOf(locale, 'dashboard.manage.staff');
  return { ...t, locale, roleNames: Object.fromEntries(STAFF_ROLES.map((role) => [role, t[`role_${role}`]])) as Record<StaffRole, string> };
}
