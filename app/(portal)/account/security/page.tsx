import Link from 'next/link';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { SignOutEverywhereForm } from '@/components/auth/sign-out-everywhere-form';
import { hasPassword } from '@/db/queries/auth/has-password';
import { changePasswordAction } from '@/lib/actions/auth/change-password-action';
import { signOutEverywhereAction } from '@/lib/actions/auth/sign-out-everywhere-action';
import { requireCustomerPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Password and sign-in' };

export default async function AccountSecurityPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const viewer = await requireCustomerPage('/account/security');
  const [{ changed }, withPassword] = await Promise.all([searchParams, hasPassword(viewer.userId)]);
  return (
    <>
      <p>
        <Link href="/account">← Min Side</Link>
      </p>
      <h1>Password and sign-in</h1>
      {changed && (
        <p className="alert ok" role="status" data-testid="password-changed">
          Your password was changed. Every other device was signed out.
        </p>
      )}
      <section className="panel" style={{ maxWidth: 560 }}>
        <h2 style={{ marginTop: 0 }}>{withPassword ? 'Change your password' : 'Set a password'}</h2>
        {!withPassword && <p className="muted">You sign in with e-mailed links. With a password you can also sign in without one.</p>}
        <ChangePasswordForm action={changePasswordAction} hasPassword={withPassword} />
      </section>
      <section className="panel" style={{ maxWidth: 560 }}>
        <h2 style={{ marginTop: 0 }}>Sign out everywhere</h2>
        <SignOutEverywhereForm action={signOutEverywhereAction} />
      </section>
    </>
  );
}
