'use client';

import { useActionState, type ReactNode } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveCouponAction } from '@/lib/actions/catalog/save-coupon-action';
import type { CatalogFormState } from '@/lib/actions/catalog/save-plan-action';
import { COUPON_CODE_MAX } from '@/lib/validations/coupons';
import type { CouponFormText } from './catalog-texts';
import { catalogTestIds, couponFieldTestId, couponPlanTestId } from './test-ids';

export type CouponPlanChoice = { id: string; code: string; label: string };

const initialState: CatalogFormState = {};

/**
 * A coupon: a percentage or an amount off, for the first term, a number of terms or for ever,
 * with its limits (orders in all, per customer, last day) and the plans it applies to.
 */
export function CouponForm({
  target,
  initial,
  plans,
  texts,
}: {
  /** An existing coupon (its code is fixed), or a new one. */
  target: { couponId: string; code: string } | null;
  initial: Record<string, string>;
  plans: CouponPlanChoice[];
  /** The form's words in the staff member's language (COUPON_FORM_TEXTS). */
  texts: Record<CouponFormText, string>;
}) {
  const [state, action] = useActionState(saveCouponAction, initialState);
  const values = state.values ?? initial;
  const chosen = new Set((values.planIds ?? '').split(',').filter(Boolean));

  const text = (name: string, label: ReactNode, extra: { width?: string; inputMode?: 'decimal' | 'numeric'; type?: string; maxLength?: number } = {}) => (
    <label style={{ width: extra.width }}>
      {label}
      <input
        name={name}
        type={extra.type}
        defaultValue={values[name] ?? ''}
        inputMode={extra.inputMode}
        maxLength={extra.maxLength}
        autoComplete="off"
        aria-invalid={Boolean(state.fieldErrors?.[name])}
        data-testid={couponFieldTestId(name)}
      />
      <FieldError state={state} name={name} />
    </label>
  );
  const select = (name: string, label: string, options: [string, string][]) => (
    <label style={{ width: '14rem' }}>
      {label}
      <select name={name} defaultValue={values[name] ?? options[0]![0]} data-testid={couponFieldTestId(name)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError state={state} name={name} />
    </label>
  );

  return (
    <form key={JSON.stringify(values)} action={action} className="stack" data-testid={catalogTestIds.couponForm} noValidate>
      <FormAlert state={state} testId={catalogTestIds.couponError} />
      {target ? (
        <>
          <input type="hidden" name="id" value={target.couponId} />
          <p className="muted" style={{ margin: 0 }}>
            {texts.code} <code>{target.code}</code> {texts.codeFixed}
          </p>
        </>
      ) : (
        text('code', texts.codeLabel, { width: '16rem', maxLength: COUPON_CODE_MAX })
      )}

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>{texts.discount}</strong>
        </legend>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {select('kind', texts.kind, [
            ['percent', texts.percentOffKind],
            ['fixed', texts.fixedOffKind],
          ])}
          {text('percentOff', texts.percentOff, { width: '10rem', inputMode: 'numeric' })}
          {text('amountOff', texts.amountOff, { width: '10rem', inputMode: 'decimal' })}
          {text('currency', texts.currency, { width: '12rem', maxLength: 3 })}
        </div>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {select('duration', texts.appliesTo, [
            ['once', texts.durationOnce],
            ['repeating', texts.durationRepeating],
            ['forever', texts.durationForever],
          ])}
          {text('durationTerms', texts.durationTerms, { width: '10rem', inputMode: 'numeric' })}
        </div>
      </fieldset>

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>{texts.limits}</strong> <span className="muted">{texts.noLimit}</span>
        </legend>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {text('maxRedemptions', texts.maxRedemptions, { width: '10rem', inputMode: 'numeric' })}
          {text('maxRedemptionsPerCustomer', texts.maxRedemptionsPerCustomer, { width: '12rem', inputMode: 'numeric' })}
          {text('validUntil', texts.validUntil, { width: '12rem', type: 'date' })}
        </div>
      </fieldset>

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>{texts.plans}</strong> <span className="muted">{texts.everyPlan}</span>
        </legend>
        {plans.map((plan) => (
          <label key={plan.id} className="inline">
            <input type="checkbox" name="planIds" value={plan.id} defaultChecked={chosen.has(plan.id)} data-testid={couponPlanTestId(plan.code)} />
            {plan.label}
          </label>
        ))}
        <FieldError state={state} name="planIds" />
      </fieldset>

      <label className="inline">
        <input type="checkbox" name="active" defaultChecked={values.active === 'on'} data-testid={couponFieldTestId('active')} />
        {texts.couponActive}
      </label>
      <div>
        <SubmitButton testId={catalogTestIds.couponSubmit}>{target ? texts.saveCoupon : texts.createCoupon}</SubmitButton>
      </div>
    </form>
  );
}
