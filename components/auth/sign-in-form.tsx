'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { sendSignInLinkAction } from '@/lib/actions/auth/send-sign-in-link-action';
import { signInAction } from '@/lib/actions/auth/sign-in-action';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, signIn] = useActionState(signInAction, initialActionState);
  const [linkState, sendLink] = useActionState(sendSignInLinkAction, initialActionState);
  return (
    <div className="stack">
      <form action={signIn} className="stack" data-testid="sign-in-form">
        <FormAlert state={state} testId="sign-in-error" />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <label>
          E-mail
          <input name="email" type="email" autoComplete="email" required data-testid="sign-in-email" />
          <FieldError state={state} name="email" />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required data-testid="sign-in-password" />
          <FieldError state={state} name="password" />
        </label>
        <SubmitButton testId="sign-in-submit">Sign in</SubmitButton>
      </form>
      <form action={sendLink} className="stack">
        <p className="muted">Or get a sign-in link by e-mail:</p>
        <FormAlert state={linkState} testId="sign-in-link-error" />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className="row">
          <input name="email" type="email" placeholder="name@example.com" aria-label="E-mail for a sign-in link" data-testid="magic-link-email" />
          <SubmitButton className="secondary" testId="magic-link-submit">
            E-mail me a link
          </SubmitButton>
        </div>
        <FieldError state={linkState} name="email" />
      </form>
    </div>
  );
}
