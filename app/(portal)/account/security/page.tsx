import Link from 'next/link';
import { PasswordAndSessions } from '@/components/auth/password-and-sessions';
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
      <PasswordAndSessions
        changePassword={changePasswordAction}
        signOutEverywhere={signOutEverywhereAction}
        hasPassword={withPassword}
        changed={Boolean(changed)}
      />
    </>
  );
}
