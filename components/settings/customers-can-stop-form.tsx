'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveCustomersCanStopAction } from '@/lib/actions/settings/save-customers-can-stop-action';
import type { SettingsTexts } from './settings-texts';

/** Settings: whether customers may stop their subscriptions at the end of the term on Min Side. */
export function CustomersCanStopForm({ customersCanStop, texts }: { customersCanStop: boolean; texts: SettingsTexts<'save' | 'allowed' | 'notAllowed' | 'customersCanStop'> }) {
  const [state, action] = useActionState(saveCustomersCanStopAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="customers-can-stop-form">
      <FormAlert state={state} />
      <label>
        {texts.customersCanStop}
        <select name="customersCanStop" defaultValue={customersCanStop ? 'true' : 'false'} data-testid="customers-can-stop">
          <option value="true">{texts.allowed}</option>
          <option value="false">{texts.notAllowed}</option>
        </select>
      </label>
      <SubmitButton testId="customers-can-stop-save">{texts.save}</SubmitButton>
    </form>
  );
}
