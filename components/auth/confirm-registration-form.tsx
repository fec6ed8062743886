'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { confirmRegistrationAction } from '@/lib/actions/auth/confirm-registration-action';

export function ConfirmRegistrationForm({
  token,
  email,
  callbackUrl,
  texts,
}: {
  token: string;
  email: string;
  callbackUrl: string;
  texts: { password: string; submit: string };
}) {
  const [state, action] = useActionState(confirmRegistrationAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="confirm-registration-form">
      <FormAlert state={state} testId="confirm-registration-error" />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <label>
        {texts.password}
        <input name="password" type="password" autoComplete="current-password" required data-testid="confirm-registration-password" />
        <FieldError state={state} name="password" />
      </label>
      <SubmitButton testId="confirm-registration-submit">{texts.submit}</SubmitButton>
    </form>
  );
}
