import { ChangeEmailForm } from '@/components/auth/change-email-form';
import { PasswordAndSessions } from '@/components/auth/password-and-sessions';
import { hasPassword } from '@/db/queries/auth/has-password';
import { changeStaffPasswordAction } from '@/lib/actions/auth/change-staff-password-action';
import { staffSignOutEverywhereAction } from '@/lib/actions/auth/staff-sign-out-everywhere-action';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your account' };

/** The signed-in staff member's own password and sessions; the owner's sign-in address too. */
export default async function DashboardAccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const viewer = await requireMerchantPage('/dashboard/account', 'read');
  const [{ changed }, withPassword] = await Promise.all([searchParams, hasPassword(viewer.userId)]);
  return (
    <>
      <h1>Your account</h1>
      <PasswordAndSessions
        changePassword={changeStaffPasswordAction}
        signOutEverywhere={staffSignOutEverywhereAction}
        hasPassword={withPassword}
        changed={Boolean(changed)}
      >
        {viewer.role === 'owner' && (
          <section className="panel" style={{ maxWidth: 560 }}>
            <h2 style={{ marginTop: 0 }}>Sign-in address</h2>
            <ChangeEmailForm currentEmail={viewer.email} />
          </section>
        )}
      </PasswordAndSessions>
    </>
  );
}
