import { ConfirmRegistrationForm } from '@/components/auth/confirm-registration-form';
import { findUsableAuthToken } from '@/db/queries/auth/find-usable-auth-token';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { SpentLink } from '../../spent-link';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Confirm your e-mail address', referrer: 'no-referrer' };

/** The link in the mail after registering with a password; the password confirms it is them. */
export default async function ConfirmRegistrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { token } = await params;
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl, '/account');
  const link = await findUsableAuthToken(token, 'confirm-email');
  if (!link) return <SpentLink title="Confirm your e-mail address" again={{ href: '/signin', label: 'Sign in to get a new link' }} />;
  return (
    <div className="panel stack" style={{ maxWidth: 460 }}>
      <h1>Confirm your e-mail address</h1>
      <p>
        For <strong>{link.email}</strong>. Enter the password you chose when you registered: that shows the account is yours.
      </p>
      <ConfirmRegistrationForm token={token} email={link.email} callbackUrl={callbackUrl} />
    </div>
  );
}
