import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyCouponAction } from '@/lib/actions/cart/apply-coupon-action';
import { removeCouponAction } from '@/lib/actions/cart/remove-coupon-action';
import type { FlashState } from '@/lib/http/form-flash';

/** A server form: a refused code comes back as `state` (the page's flash), with the code typed. */
export function CouponForm({
  appliedCode,
  staleError,
  texts,
  state,
}: {
  appliedCode: string | null;
  staleError: string | null;
  /** `applied`: "Coupon WELCOME10 applied.", formatted by the page. */
  texts: { applied: string; removeCoupon: string; couponCode: string; applyCoupon: string };
  state: FlashState;
}) {
  if (appliedCode) {
    return (
      <form action={removeCouponAction} className="panel row">
        <span data-testid="coupon-applied">{texts.applied}</span>
        <SubmitButton className="secondary">
          {texts.removeCoupon}
        </SubmitButton>
      </form>
    );
  }
  return (
    <form action={applyCouponAction} className="panel stack">
      {staleError && (
        <p className="alert error" role="alert" data-testid="coupon-stale">
          {staleError}
        </p>
      )}
      {!state.fieldErrors && <FormAlert state={state} testId="coupon-error" />}
      <div className="row">
        <label className="inline">
          {texts.couponCode}
          <input name="code" autoComplete="off" defaultValue={state.values?.code} data-testid="coupon-code" />
        </label>
        <SubmitButton className="secondary" testId="apply-coupon">
          {texts.applyCoupon}
        </SubmitButton>
      </div>
      <FieldError state={state} name="code" />
    </form>
  );
}
