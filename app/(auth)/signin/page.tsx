import Link from 'next/link';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

export const metadata = { title: 'Sign in' };

/** Why someone is here again, after a flow that ends in signing in (or out). */
const NOTICES: Record<string, string> = {
  reset: 'Your password was changed and every device was signed out. Sign in with your new password.',
  emailChanged: 'Your sign-in address was changed and every device was signed out. Sign in with your new address.',
  signedOut: 'You were signed out on every device.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, '/account');
  const notice = Object.keys(NOTICES).find((key) => params[key]);
  return (
    <div className="panel" style={{ maxWidth: 460 }}>
      <h1>Sign in</h1>
      {params.error && (
        <p className="alert error" role="alert">
          That sign-in link is invalid or has expired. Ask for a new one below.
        </p>
      )}
      {notice && (
        <p className="alert ok" role="status" data-testid="sign-in-notice">
          {NOTICES[notice]}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
      <p>
        <Link href="/signin/forgot" data-testid="forgot-password-link">
          Forgot your password?
        </Link>
      </p>
    </div>
  );
}
