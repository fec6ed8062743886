'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { savePauseSettingsAction } from '@/lib/actions/settings/save-pause-settings-action';

/** Settings: the self-service pause (and its longest length), and the coupon offered to a customer who stops. */
export function PauseSettingsForm({
  customersCanPause,
  maxPauseTerms,
  retentionCouponId,
  coupons,
}: {
  customersCanPause: boolean;
  maxPauseTerms: number;
  retentionCouponId: string | null;
  coupons: { id: string; code: string }[];
}) {
  const [state, action] = useActionState(savePauseSettingsAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="pause-settings-form">
      <FormAlert state={state} />
      <label>
        Customers pause their subscriptions on Min Side (from the end of the paid term; no invoices while paused) and resume them
        <select name="customersCanPause" defaultValue={customersCanPause ? 'true' : 'false'} data-testid="customers-can-pause">
          <option value="true">Allowed</option>
          <option value="false">Not allowed</option>
        </select>
      </label>
      <label>
        Longest pause, in terms
        <input name="maxPauseTerms" type="number" min={1} max={36} defaultValue={maxPauseTerms} data-testid="max-pause-terms" />
      </label>
      <label>
        Coupon offered to a customer who chooses to stop (applied to the subscription&apos;s next invoices if they accept)
        <select name="retentionCouponId" defaultValue={retentionCouponId ?? ''} data-testid="retention-coupon">
          <option value="">No coupon</option>
          {coupons.map((c) => (
            <option key={c.id} value={c.id}>
              {c.code}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton testId="pause-settings-save">Save</SubmitButton>
    </form>
  );
}
