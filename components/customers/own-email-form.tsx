'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { requestOwnEmailChangeAction } from '@/lib/actions/portal/request-own-email-change-action';
import type { DetailsTexts } from './details-texts';

/**
 * Min Side: a new e-mail address, confirmed by the link sent to it. The current password is asked
 * only of an account that has one.
 */
export function OwnEmailForm({ texts, hasPassword }: { texts: DetailsTexts; hasPassword: boolean }) {
  const [state, action] = useActionState(requestOwnEmailChangeAction, initialActionState);
  return (
    <form action={action} className="stack" noValidate data-testid="change-email-form">
      <FormAlert state={state} testId="change-email-error" />
      <p className="muted">{texts.currentEmail}</p>
      <label>
        {texts.newEmail}
        <input name="newEmail" type="email" autoComplete="email" required data-testid="change-email-new" />
        <FieldError state={state} name="newEmail" />
      </label>
      {hasPassword ? (
        <label>
          {texts.currentPassword}
          <input name="currentPassword" type="password" autoComplete="current-password" data-testid="change-email-password" />
          <FieldError state={state} name="currentPassword" />
        </label>
      ) : (
        <p className="muted">{texts.noPassword}</p>
      )}
      <div>
        <SubmitButton testId="change-email-submit">{texts.sendLink}</SubmitButton>
      </div>
    </form>
  );
}
