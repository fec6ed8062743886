'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveCustomersCanStopAction } from '@/lib/actions/settings/save-customers-can-stop-action';

/** Settings: whether customers may stop their subscriptions at the end of the term on Min Side. */
export function CustomersCanStopForm({ customersCanStop }: { customersCanStop: boolean }) {
  const [state, action] = useActionState(saveCustomersCanStopAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="customers-can-stop-form">
      <FormAlert state={state} />
      <label>
        Customers stop their subscriptions at the end of the term on Min Side (never inside a commitment), and undo a stop before it happens
        <select name="customersCanStop" defaultValue={customersCanStop ? 'true' : 'false'} data-testid="customers-can-stop">
          <option value="true">Allowed</option>
          <option value="false">Not allowed</option>
        </select>
      </label>
      <SubmitButton testId="customers-can-stop-save">Save</SubmitButton>
    </form>
  );
}
