import type { Metadata } from 'next';
import { AddStaffMemberForm } from '@/components/staff/add-staff-member-form';
import { StaffTable } from '@/components/staff/staff-table';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listStaffMembers } from '@/db/queries/dashboard/list-staff-members';
import { requireMerchantPage } from '@/lib/auth/guards';
import { ROLE_PERMISSIONS, STAFF_ROLES } from '@/lib/auth/permissions';
import { staffTexts } from '@/components/staff/staff-texts';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.staff')('title') };
}

export default async function StaffPage() {
  const viewer = await requireMerchantPage('/dashboard/staff', 'staff:manage');
  const [settings, rows, locale] = await Promise.all([getDashboardSettings(), listStaffMembers(), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.manage.staff');
  const texts = staffTexts(locale);
  return (
    <>
      <h1>{t('title')}</h1>
      <section className="panel" aria-label={t('roles')}>
        <ul>
          {STAFF_ROLES.map((role) => (
            <li key={role} title={ROLE_PERMISSIONS[role].join(', ')}>
              <strong>{texts.roleNames[role]}</strong>: {t(`does_${role}`)}.
            </li>
          ))}
        </ul>
        <p className="muted">{t('rolesNote')}</p>
      </section>
      <section className="panel" aria-label={t('add')}>
        <h2 style={{ marginTop: 0 }}>{t('add')}</h2>
        <AddStaffMemberForm texts={texts} />
      </section>
      <section className="panel" aria-label={t('members')}>
        <StaffTable rows={rows} selfId={viewer.userId} timeZone={settings.timeZone} texts={texts} />
      </section>
    </>
  );
}
