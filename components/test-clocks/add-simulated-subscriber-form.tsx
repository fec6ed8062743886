'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { addSimulatedSubscriberAction } from '@/lib/actions/test-clocks/add-simulated-subscriber-action';
import type { Templates } from '@/lib/i18n/templates';
import { SIMULATED_QUANTITY_MAX, TEST_CLOCK_NAME_MAX } from '@/lib/validations/test-clocks';
import { testClockTestIds } from './test-ids';

export type PlanChoice = { id: string; code: string; label: string };

/**
 * A simulated customer buys a plan at the clock's time, through the real checkout; `texts` in the
 * staff member's language (dashboard.manage.testClocks.subscriber), each plan's label too.
 */
export function AddSimulatedSubscriberForm({
  clockId,
  plans,
  texts,
}: {
  clockId: string;
  plans: PlanChoice[];
  texts: Templates<'dashboard.manage.testClocks.subscriber'>;
}) {
  const [state, action] = useActionState(addSimulatedSubscriberAction, initialActionState);
  if (plans.length === 0) return <p className="muted">{texts.noPlans}</p>;
  return (
    <form action={action} className="stack" data-testid={testClockTestIds.subscriberForm} noValidate>
      <FormAlert state={state} testId={testClockTestIds.subscriberError} />
      <input type="hidden" name="clockId" value={clockId} />
      <label>
        {texts.plan}
        <select name="planId" defaultValue={plans[0]!.id} data-testid={testClockTestIds.subscriberPlan}>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id} data-plan-code={plan.code}>
              {plan.label}
            </option>
          ))}
        </select>
        <FieldError state={state} name="planId" />
      </label>
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <label style={{ width: '7rem' }}>
          {texts.quantity}
          <input
            name="quantity"
            type="number"
            min={1}
            max={SIMULATED_QUANTITY_MAX}
            defaultValue={1}
            aria-invalid={Boolean(state.fieldErrors?.quantity)}
            data-testid={testClockTestIds.subscriberQuantity}
          />
          <FieldError state={state} name="quantity" />
        </label>
        <label style={{ flex: '1 1 8rem' }}>
          {texts.coupon}
          <input
            name="couponCode"
            autoComplete="off"
            aria-invalid={Boolean(state.fieldErrors?.couponCode)}
            data-testid={testClockTestIds.subscriberCoupon}
          />
          <FieldError state={state} name="couponCode" />
        </label>
      </div>
      <label>
        {texts.name}
        <input
          name="name"
          maxLength={TEST_CLOCK_NAME_MAX}
          placeholder={texts.namePlaceholder}
          aria-invalid={Boolean(state.fieldErrors?.name)}
          data-testid={testClockTestIds.subscriberName}
        />
        <FieldError state={state} name="name" />
      </label>
      <label className="inline">
        <input type="checkbox" name="autopay" defaultChecked data-testid={testClockTestIds.subscriberAutopay} />
        {texts.autopay}
      </label>
      <label>
        {texts.mandate}
        <select name="mandate" defaultValue="ok" data-testid={testClockTestIds.subscriberMandate}>
          <option value="ok">{texts.mandateOk}</option>
          <option value="flaky">{texts.mandateFlaky}</option>
          <option value="failing">{texts.mandateFailing}</option>
          <option value="bouncing">{texts.mandateBouncing}</option>
        </select>
      </label>
      <div>
        <SubmitButton testId={testClockTestIds.subscriberSubmit}>{texts.submit}</SubmitButton>
      </div>
    </form>
  );
}
