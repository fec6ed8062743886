'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveStopNowSettingsAction } from '@/lib/actions/settings/save-stop-now-settings-action';

/** Settings: whether customers may stop at once on Min Side, and what leaving a commitment early costs. */
export function StopNowSettingsForm({
  customersCanStopNow,
  earlyExitFee,
  earlyExitFeeAmounts,
}: {
  customersCanStopNow: boolean;
  earlyExitFee: 'none' | 'fixed' | 'rest_of_commitment';
  /** As the merchant types it: "EUR 25.00, NOK 250". */
  earlyExitFeeAmounts: string;
}) {
  const [state, action] = useActionState(saveStopNowSettingsAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="stop-now-settings-form">
      <FormAlert state={state} />
      <label>
        Customers stop at once on Min Side, the unused part of the paid term credited
        <select name="customersCanStopNow" defaultValue={customersCanStopNow ? 'true' : 'false'} data-testid="customers-can-stop-now">
          <option value="true">Allowed</option>
          <option value="false">Not allowed</option>
        </select>
      </label>
      <label>
        Inside a commitment
        <select name="earlyExitFee" defaultValue={earlyExitFee} data-testid="early-exit-fee">
          <option value="none">Not allowed</option>
          <option value="fixed">Allowed for a fixed early-exit fee</option>
          <option value="rest_of_commitment">Allowed for the rest of the commitment</option>
        </select>
      </label>
      <label>
        Fixed fee per currency, VAT included (e.g. EUR 25.00, NOK 250)
        <input name="earlyExitFeeAmounts" defaultValue={earlyExitFeeAmounts} data-testid="early-exit-fee-amounts" />
        <FieldError state={state} name="earlyExitFeeAmounts" />
      </label>
      <SubmitButton testId="stop-now-settings-save">Save</SubmitButton>
    </form>
  );
}
