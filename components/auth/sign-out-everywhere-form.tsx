import type { FormAction } from '@/lib/actions/safe-action';

/** Ends every session of the signed-in person, on every device, this one included. */
export function SignOutEverywhereForm({ action }: { action: FormAction }) {
  return (
    <form action={action} className="stack">
      <p className="muted">Lost a phone, or signed in on a shared computer? This signs you out on every device, including this one.</p>
      <div>
        <button type="submit" className="secondary" data-testid="sign-out-everywhere">
          Sign out everywhere
        </button>
      </div>
    </form>
  );
}
