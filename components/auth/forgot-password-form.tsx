'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { requestPasswordResetAction } from '@/lib/actions/auth/request-password-reset-action';

export function ForgotPasswordForm({ texts }: { texts: { email: string; submit: string } }) {
  const [state, action] = useActionState(requestPasswordResetAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="forgot-password-form">
      <FormAlert state={state} testId="forgot-password-error" />
      <label>
        {texts.email}
        <input name="email" type="email" autoComplete="email" required data-testid="forgot-password-email" />
        <FieldError state={state} name="email" />
      </label>
      <SubmitButton testId="forgot-password-submit">{texts.submit}</SubmitButton>
    </form>
  );
}
