import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { findUsableAuthToken } from '@/db/queries/auth/find-usable-auth-token';
import { SpentLink } from '../../spent-link';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findUsableAuthToken(token, 'reset-password');
  if (!link) return <SpentLink title="Choose a new password" again={{ href: '/signin/forgot', label: 'Ask for a new link' }} />;
  return (
    <div className="panel stack" style={{ maxWidth: 460 }}>
      <h1>Choose a new password</h1>
      <p>
        For <strong data-testid="reset-password-email">{link.email}</strong>. Saving it signs this account out on every device.
      </p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
