'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { resetPasswordAction } from '@/lib/actions/auth/reset-password-action';
import { NewPasswordFields } from './new-password-fields';
import type { NewPasswordTexts } from './new-password-texts';

export function ResetPasswordForm({ token, texts }: { token: string; texts: NewPasswordTexts & { submit: string } }) {
  const [state, action] = useActionState(resetPasswordAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="reset-password-form">
      <FormAlert state={state} testId="reset-password-error" />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} name="password" testId="reset" texts={texts} />
      <SubmitButton testId="reset-password-submit">{texts.submit}</SubmitButton>
    </form>
  );
}
