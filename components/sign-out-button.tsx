import { signOutAction } from '@/lib/actions/auth/sign-out-action';

export function SignOutButton({ email, label = 'Sign out' }: { email: string; label?: string }) {
  return (
    <form action={signOutAction} className="row">
      <span className="muted" data-testid="signed-in-as">
        {email}
      </span>
      <button type="submit" className="secondary">
        {label}
      </button>
    </form>
  );
}
