import { TokenButtonForm } from '@/components/auth/token-button-form';
import { findUsableAuthToken } from '@/db/queries/auth/find-usable-auth-token';
import { confirmEmailChangeAction } from '@/lib/actions/auth/confirm-email-change-action';
import { SpentLink } from '../../spent-link';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Confirm your new e-mail address', referrer: 'no-referrer' };

export default async function ConfirmEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findUsableAuthToken(token, 'change-email');
  if (!link?.newEmail) return <SpentLink title="Confirm your new e-mail address" again={{ href: '/dashboard/account', label: 'Ask for a new link' }} />;
  return (
    <div className="panel stack" style={{ maxWidth: 460 }}>
      <h1>Confirm your new e-mail address</h1>
      <p>
        From now on you sign in as <strong>{link.newEmail}</strong> instead of {link.email}. Every device is signed out.
      </p>
      <TokenButtonForm action={confirmEmailChangeAction} token={token} label="Confirm the new address" testId="confirm-email-change" />
    </div>
  );
}
