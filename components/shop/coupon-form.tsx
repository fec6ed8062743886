'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { applyCouponAction } from '@/lib/actions/cart/apply-coupon-action';
import { removeCouponAction } from '@/lib/actions/cart/remove-coupon-action';

export function CouponForm({
  appliedCode,
  staleError,
  texts,
}: {
  appliedCode: string | null;
  staleError: string | null;
  /** `applied`: "Coupon WELCOME10 applied.", formatted by the page. */
  texts: { applied: string; removeCoupon: string; couponCode: string; applyCoupon: string };
}) {
  const [state, apply] = useActionState(applyCouponAction, initialActionState);
  if (appliedCode) {
    return (
      <form action={removeCouponAction} className="panel row">
        <span data-testid="coupon-applied">{texts.applied}</span>
        <button type="submit" className="secondary">
          {texts.removeCoupon}
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
          {texts.couponCode}
          <input name="code" autoComplete="off" data-testid="coupon-code" />
        </label>
        <SubmitButton className="secondary" testId="apply-coupon">
          {texts.applyCoupon}
        </SubmitButton>
      </div>
      <FieldError state={state} name="code" />
    </form>
  );
}
