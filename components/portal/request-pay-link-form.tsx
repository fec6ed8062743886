'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { requestPayLinkAction } from '@/lib/actions/portal/request-pay-link-action';

/** On an expired pay link: e-mails a fresh link to the customer's address on file (none is typed). */
export function RequestPayLinkForm({ payLinkToken, label }: { payLinkToken: string; label: string }) {
  const [state, action] = useActionState(requestPayLinkAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="request-pay-link-form">
      <FormAlert state={state} />
      <input type="hidden" name="token" value={payLinkToken} />
      {!state.notice && <SubmitButton testId="request-pay-link">{label}</SubmitButton>}
    </form>
  );
}
