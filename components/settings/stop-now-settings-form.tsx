'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveStopNowSettingsAction } from '@/lib/actions/settings/save-stop-now-settings-action';
import type { SettingsTexts } from './settings-texts';

/** Settings: whether customers may stop at once on Min Side, and what leaving a commitment early costs. */
export function StopNowSettingsForm({
  customersCanStopNow,
  earlyExitFee,
  earlyExitFeeAmounts,
  texts,
}: {
  customersCanStopNow: boolean;
  earlyExitFee: 'none' | 'fixed' | 'rest_of_commitment';
  /** As the merchant types it: "EUR 25.00, NOK 250". */
  earlyExitFeeAmounts: string;
  texts: SettingsTexts<
    'save' | 'allowed' | 'notAllowed' | 'customersCanStopNow' | 'earlyExitFee' | 'earlyExitNone' | 'earlyExitFixed' | 'earlyExitRest' | 'earlyExitFeeAmounts'
  >;
}) {
  const [state, action] = useActionState(saveStopNowSettingsAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="stop-now-settings-form">
      <FormAlert state={state} />
      <label>
        {texts.customersCanStopNow}
        <select name="customersCanStopNow" defaultValue={customersCanStopNow ? 'true' : 'false'} data-testid="customers-can-stop-now">
          <option value="true">{texts.allowed}</option>
          <option value="false">{texts.notAllowed}</option>
        </select>
      </label>
      <label>
        {texts.earlyExitFee}
        <select name="earlyExitFee" defaultValue={earlyExitFee} data-testid="early-exit-fee">
          <option value="none">{texts.earlyExitNone}</option>
          <option value="fixed">{texts.earlyExitFixed}</option>
          <option value="rest_of_commitment">{texts.earlyExitRest}</option>
        </select>
      </label>
      <label>
        {texts.earlyExitFeeAmounts}
        <input name="earlyExitFeeAmounts" defaultValue={earlyExitFeeAmounts} data-testid="early-exit-fee-amounts" />
        <FieldError state={state} name="earlyExitFeeAmounts" />
      </label>
      <SubmitButton testId="stop-now-settings-save">{texts.save}</SubmitButton>
    </form>
  );
}
