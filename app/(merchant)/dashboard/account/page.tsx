import { ChangeEmailForm } from '@/components/auth/change-email-form';
import { PasswordAndSessions } from '@/components/auth/password-and-sessions';
import { hasPassword } from '@/db/queries/auth/has-password';
import { changeStaffPasswordAction } from '@/lib/actions/auth/change-staff-password-action';
import { staffSignOutEverywhereAction } from '@/lib/actions/auth/staff-sign-out-everywhere-action';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.account')('title') };
}

/** The signed-in staff member's own password and sessions; the owner's sign-in address too. */
export default async function DashboardAccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const viewer = await requireMerchantPage('/dashboard/account', 'read');
  const [{ changed }, withPassword, locale] = await Promise.all([searchParams, hasPassword(viewer.userId), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.manage.account');
  return (
    <>
      <h1>{t('title')}</h1>
      <PasswordAndSessions
        changePassword={changeStaffPasswordAction}
        signOutEverywhere={staffSignOutEverywhereAction}
        hasPassword={withPassword}
        changed={Boolean(changed)}
        locale={locale}
      >
        {viewer.role === 'owner' && (
          <section className="panel" style={{ maxWidth: 560 }}>
            <h2 style={{ marginTop: 0 }}>{t('signInAddress')}</h2>
            <ChangeEmailForm
              texts={{
                ...textsOf(locale, 'dashboard.manage.account', ['newEmail', 'currentPassword', 'sendLink']),
                signsInAs: t.rich('signsInAs', { email: viewer.email, strong: (chunks) => <strong>{chunks}</strong> }),
              }}
            />
          </section>
        )}
      </PasswordAndSessions>
    </>
  );
}
