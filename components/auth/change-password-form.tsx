'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import type { StateAction } from '@/lib/actions/safe-action';
import type { ActionState } from '@/lib/actions/action-state';
import { NewPasswordFields } from './new-password-fields';

/** Change (or, for an account that only ever signed in by link, set) one's own password. */
export function ChangePasswordForm({ action, hasPassword }: { action: StateAction<ActionState>; hasPassword: boolean }) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="stack" data-testid="change-password-form">
      <FormAlert state={state} testId="change-password-error" />
      {hasPassword && (
        <label>
          Current password
          <input name="currentPassword" type="password" autoComplete="current-password" required data-testid="change-password-current" />
          <FieldError state={state} name="currentPassword" />
        </label>
      )}
      <NewPasswordFields state={state} name="newPassword" testId="change" />
      <p className="muted">Saving signs you out on every other device.</p>
      <SubmitButton testId="change-password-submit">{hasPassword ? 'Change password' : 'Set a password'}</SubmitButton>
    </form>
  );
}
