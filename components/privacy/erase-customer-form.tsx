'use client';

import { useActionState } from 'react';
import { staffTestIds as ids } from '@/components/staff/test-ids';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { eraseCustomerAction } from '@/lib/actions/privacy/erase-customer-action';

/** Erase a customer by the address their request came from; a tick box confirms. Texts: dashboard.manage.privacy. */
export function EraseCustomerForm({ texts }: { texts: Record<'email' | 'confirm' | 'submit', string> }) {
  const [state, action] = useActionState(eraseCustomerAction, initialActionState);
  const values = 'values' in state ? (state.values as Record<string, string>) : {};
  return (
    <form action={action} className="stack" key={state.notice ?? 'form'}>
      <FormAlert state={state} />
      <label>
        {texts.email}
        <input name="email" type="email" required defaultValue={values.email} data-testid={ids.eraseEmail} />
        <FieldError state={state} name="email" />
      </label>
      <label className="row">
        <input type="checkbox" name="confirm" value="yes" data-testid={ids.eraseConfirm} />
        {texts.confirm}
      </label>
      <FieldError state={state} name="confirm" />
      <div>
        <SubmitButton testId={ids.eraseSubmit}>{texts.submit}</SubmitButton>
      </div>
    </form>
  );
}
