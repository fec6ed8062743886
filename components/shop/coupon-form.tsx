'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { applyCouponAction } from '@/lib/actions/cart/apply-coupon-action';
import { removeCouponAction } from '@/lib/actions/cart/remove-coupon-action';

export function CouponForm({ appliedCode, staleError }: { appliedCode: string | null; staleError: string | null }) {
  const [state, apply] = useActionState(applyCouponAction, initialActionState);
  if (appliedCode) {
    return (
      <form action={removeCouponAction} className="panel row">
        <span data-testid="coupon-applied">
          Coupon <strong>{appliedCode}</strong> applied.
        </span>
        <button type="submit" className="secondary">
          Remove code
        </button>
      </form>
    );
  }
  return (
    <form action={apply} className="panel stack">
      {staleError && (
        <p className="alert error" role="alert" data-testid="coupon-stale">
          {staleError}
        </p>
      )}
      {!state.fieldErrors && <FormAlert state={state} testId="coupon-error" />}
      <div className="row">
        <label className="inline">
          Coupon code
          <input name="code" autoComplete="off" data-testid="coupon-code" />
        </label>
        <SubmitButton className="secondary" testId="apply-coupon">
          Apply
        </SubmitButton>
      </div>
      <FieldError state={state} name="code" />
    </form>
  );
}
