'use client';

import { useActionState, type ReactNode } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveCouponAction } from '@/lib/actions/catalog/save-coupon-action';
import type { CatalogFormState } from '@/lib/actions/catalog/save-plan-action';
import { COUPON_CODE_MAX } from '@/lib/validations/coupons';
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
}: {
  /** An existing coupon (its code is fixed), or a new one. */
  target: { couponId: string; code: string } | null;
  initial: Record<string, string>;
  plans: CouponPlanChoice[];
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
            Code <code>{target.code}</code> (a code does not change once it exists)
          </p>
        </>
      ) : (
        text('code', 'Code (customers type it in any case)', { width: '16rem', maxLength: COUPON_CODE_MAX })
      )}

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>Discount</strong>
        </legend>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {select('kind', 'Kind', [
            ['percent', 'Percentage off'],
            ['fixed', 'Fixed amount off'],
          ])}
          {text('percentOff', 'Percent off (1–100)', { width: '10rem', inputMode: 'numeric' })}
          {text('amountOff', 'Amount off', { width: '10rem', inputMode: 'decimal' })}
          {text('currency', 'Currency (fixed: required)', { width: '12rem', maxLength: 3 })}
        </div>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {select('duration', 'Applies to', [
            ['once', 'The first term'],
            ['repeating', 'A number of terms'],
            ['forever', 'Every term'],
          ])}
          {text('durationTerms', 'Number of terms', { width: '10rem', inputMode: 'numeric' })}
        </div>
      </fieldset>

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>Limits</strong> <span className="muted">(empty: no limit)</span>
        </legend>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {text('maxRedemptions', 'Orders in all', { width: '10rem', inputMode: 'numeric' })}
          {text('maxRedemptionsPerCustomer', 'Orders per customer', { width: '12rem', inputMode: 'numeric' })}
          {text('validUntil', 'Last day', { width: '12rem', type: 'date' })}
        </div>
      </fieldset>

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>Plans</strong> <span className="muted">(none ticked: every plan)</span>
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
        Active (customers can use it)
      </label>
      <div>
        <SubmitButton testId={catalogTestIds.couponSubmit}>{target ? 'Save coupon' : 'Create coupon'}</SubmitButton>
      </div>
    </form>
  );
}
