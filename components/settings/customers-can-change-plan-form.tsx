'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveCustomersCanChangePlanAction } from '@/lib/actions/settings/save-customers-can-change-plan-action';

/** Settings: whether customers may change plan, interval or quantity on Min Side. */
export function CustomersCanChangePlanForm({ customersCanChangePlan }: { customersCanChangePlan: boolean }) {
  const [state, action] = useActionState(saveCustomersCanChangePlanAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="customers-can-change-plan-form">
      <FormAlert state={state} />
      <label>
        Customers change plan, interval or quantity on Min Side (upgrades at once with a proration invoice, the rest from the next term)
        <select name="customersCanChangePlan" defaultValue={customersCanChangePlan ? 'true' : 'false'} data-testid="customers-can-change-plan">
          <option value="true">Allowed</option>
          <option value="false">Not allowed</option>
        </select>
      </label>
      <SubmitButton testId="customers-can-change-plan-save">Save</SubmitButton>
    </form>
  );
}
