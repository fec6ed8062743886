'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import type { StateAction } from '@/lib/actions/safe-action';
import type { ActionState } from '@/lib/actions/action-state';
import { NewPasswordFields } from './new-password-fields';
import type { NewPasswordTexts } from './new-password-texts';

export type ChangePasswordTexts = NewPasswordTexts & { current: string; note: string; change: string; set: string };

/** Change (or, for an account that only ever signed in by link, set) one's own password. */
export function ChangePasswordForm({
  action,
  hasPassword,
  texts,
}: {
  action: StateAction<ActionState>;
  hasPassword: boolean;
  texts: ChangePasswordTexts;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="stack" data-testid="change-password-form">
      <FormAlert state={state} testId="change-password-error" />
      {hasPassword && (
        <label>
          {texts.current}
          <input name="currentPassword" type="password" autoComplete="current-password" required data-testid="change-password-current" />
          <FieldError state={state} name="currentPassword" />
        </label>
      )}
      <NewPasswordFields state={state} name="newPassword" testId="change" texts={texts} />
      <p className="muted">{texts.note}</p>
      <SubmitButton testId="change-password-submit">{hasPassword ? texts.change : texts.set}</SubmitButton>
    </form>
  );
}
