import type { FormAction } from '@/lib/actions/safe-action';

/** Ends every session of the signed-in person, on every device, this one included. */
export function SignOutEverywhereForm({ action, texts }: { action: FormAction; texts: { intro: string; submit: string } }) {
  return (
    <form action={action} className="stack">
      <p className="muted">{texts.intro}</p>
      <div>
        <button type="submit" className="secondary" data-testid="sign-out-everywhere">
          {texts.submit}
        </button>
      </div>
    </form>
  );
}
