import { signOutAction } from '@/lib/actions/auth/sign-out-action';

export function SignOutButton({ email }: { email: string }) {
  return (
    <form action={signOutAction} className="row">
      <span className="muted" data-testid="signed-in-as">
        {email}
      </span>
      <button type="submit" className="secondary">
        Sign out
      </button>
    </form>
  );
}
