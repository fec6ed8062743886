'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { acceptRetentionCouponAction } from '@/lib/actions/portal/accept-retention-coupon-action';

/** Beside the stop: the shop's retention coupon ("Or stay, with 20% off on your next 3 invoices"). */
export function RetentionCouponOffer({ subscriptionId, text, accept }: { subscriptionId: string; text: string; accept: string }) {
  const [state, action] = useActionState(acceptRetentionCouponAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="retention-coupon-form">
      <FormAlert state={state} testId="retention-coupon-error" />
      <span>{text}</span>
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <SubmitButton className="secondary" testId="retention-coupon-accept">
        {accept}
      </SubmitButton>
    </form>
  );
}
