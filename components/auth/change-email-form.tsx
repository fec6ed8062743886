'use client';

import { useActionState, type ReactNode } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { requestEmailChangeAction } from '@/lib/actions/auth/request-email-change-action';

/**
 * The owner's new sign-in address. `texts` in the staff member's language (dashboard.manage.account);
 * `signsInAs` comes with the current address in bold already.
 */
export function ChangeEmailForm({ texts }: { texts: { signsInAs: ReactNode; newEmail: string; currentPassword: string; sendLink: string } }) {
  const [state, action] = useActionState(requestEmailChangeAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="change-email-form">
      <FormAlert state={state} testId="change-email-error" />
      <p className="muted">{texts.signsInAs}</p>
      <label>
        {texts.newEmail}
        <input name="newEmail" type="email" autoComplete="email" required data-testid="change-email-new" />
        <FieldError state={state} name="newEmail" />
      </label>
      <label>
        {texts.currentPassword}
        <input name="currentPassword" type="password" autoComplete="current-password" required data-testid="change-email-password" />
        <FieldError state={state} name="currentPassword" />
      </label>
      <SubmitButton testId="change-email-submit">{texts.sendLink}</SubmitButton>
    </form>
  );
}
