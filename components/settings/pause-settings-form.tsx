'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { savePauseSettingsAction } from '@/lib/actions/settings/save-pause-settings-action';
import type { SettingsTexts } from './settings-texts';

/** Settings: the self-service pause (and its longest length), and the coupon offered to a customer who stops. */
export function PauseSettingsForm({
  customersCanPause,
  maxPauseTerms,
  retentionCouponId,
  coupons,
  texts,
}: {
  customersCanPause: boolean;
  maxPauseTerms: number;
  retentionCouponId: string | null;
  coupons: { id: string; code: string }[];
  texts: SettingsTexts<'save' | 'allowed' | 'notAllowed' | 'customersCanPause' | 'maxPauseTerms' | 'retentionCoupon' | 'noCoupon'>;
}) {
  const [state, action] = useActionState(savePauseSettingsAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="pause-settings-form">
      <FormAlert state={state} />
      <label>
        {texts.customersCanPause}
        <select name="customersCanPause" defaultValue={customersCanPause ? 'true' : 'false'} data-testid="customers-can-pause">
          <option value="true">{texts.allowed}</option>
          <option value="false">{texts.notAllowed}</option>
        </select>
      </label>
      <label>
        {texts.maxPauseTerms}
        <input name="maxPauseTerms" type="number" min={1} max={36} defaultValue={maxPauseTerms} data-testid="max-pause-terms" />
      </label>
      <label>
        {texts.retentionCoupon}
        <select name="retentionCouponId" defaultValue={retentionCouponId ?? ''} data-testid="retention-coupon">
          <option value="">{texts.noCoupon}</option>
          {coupons.map((c) => (
            <option key={c.id} value={c.id}>
              {c.code}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton testId="pause-settings-save">{texts.save}</SubmitButton>
    </form>
  );
}
