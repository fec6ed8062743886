import { SignInForm } from '@/components/auth/sign-in-form';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, '/account');
  return (
    <div className="panel" style={{ maxWidth: 460 }}>
      <h1>Sign in</h1>
      {params.error && (
        <p className="alert error" role="alert">
          That sign-in link is invalid or has expired. Ask for a new one below.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
