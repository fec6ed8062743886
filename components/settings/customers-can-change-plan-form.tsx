'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveCustomersCanChangePlanAction } from '@/lib/actions/settings/save-customers-can-change-plan-action';
import type { SettingsTexts } from './settings-texts';

/** Settings: whether customers may change plan, interval or quantity on Min Side. */
export function CustomersCanChangePlanForm({
  customersCanChangePlan,
  texts,
}: {
  customersCanChangePlan: boolean;
  texts: SettingsTexts<'save' | 'allowed' | 'notAllowed' | 'customersCanChangePlan'>;
}) {
  const [state, action] = useActionState(saveCustomersCanChangePlanAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="customers-can-change-plan-form">
      <FormAlert state={state} />
      <label>
        {texts.customersCanChangePlan}
        <select name="customersCanChangePlan" defaultValue={customersCanChangePlan ? 'true' : 'false'} data-testid="customers-can-change-plan">
          <option value="true">{texts.allowed}</option>
          <option value="false">{texts.notAllowed}</option>
        </select>
      </label>
      <SubmitButton testId="customers-can-change-plan-save">{texts.save}</SubmitButton>
    </form>
  );
}
