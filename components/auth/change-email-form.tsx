'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { requestEmailChangeAction } from '@/lib/actions/auth/request-email-change-action';

export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const [state, action] = useActionState(requestEmailChangeAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="change-email-form">
      <FormAlert state={state} testId="change-email-error" />
      <p className="muted">
        You sign in as <strong>{currentEmail}</strong>. The new address takes over once you open the link we send to it.
      </p>
      <label>
        New e-mail address
        <input name="newEmail" type="email" autoComplete="email" required data-testid="change-email-new" />
        <FieldError state={state} name="newEmail" />
      </label>
      <label>
        Current password
        <input name="currentPassword" type="password" autoComplete="current-password" required data-testid="change-email-password" />
        <FieldError state={state} name="currentPassword" />
      </label>
      <SubmitButton testId="change-email-submit">Send the confirmation link</SubmitButton>
    </form>
  );
}
