'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { addSimulatedSubscriberAction } from '@/lib/actions/test-clocks/add-simulated-subscriber-action';
import { SIMULATED_QUANTITY_MAX, TEST_CLOCK_NAME_MAX } from '@/lib/validations/test-clocks';
import { testClockTestIds } from './test-ids';

export type PlanChoice = { id: string; code: string; label: string };

/** A simulated customer buys a plan at the clock's time, through the real checkout. */
export function AddSimulatedSubscriberForm({ clockId, plans }: { clockId: string; plans: PlanChoice[] }) {
  const [state, action] = useActionState(addSimulatedSubscriberAction, initialActionState);
  if (plans.length === 0) return <p className="muted">The shop sells no active plans: there is nothing to subscribe to.</p>;
  return (
    <form action={action} className="stack" data-testid={testClockTestIds.subscriberForm} noValidate>
      <FormAlert state={state} testId={testClockTestIds.subscriberError} />
      <input type="hidden" name="clockId" value={clockId} />
      <label>
        Plan
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
          Quantity
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
          Coupon code (optional)
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
        Customer name (optional)
        <input
          name="name"
          maxLength={TEST_CLOCK_NAME_MAX}
          placeholder="Simulated …"
          aria-invalid={Boolean(state.fieldErrors?.name)}
          data-testid={testClockTestIds.subscriberName}
        />
        <FieldError state={state} name="name" />
      </label>
      <label className="inline">
        <input type="checkbox" name="autopay" defaultChecked data-testid={testClockTestIds.subscriberAutopay} />
        Autopay (renewals are charged to the card; without it they are invoiced by e-mail)
      </label>
      <label>
        With autopay, the card&apos;s later charges
        <select name="mandate" defaultValue="ok" data-testid={testClockTestIds.subscriberMandate}>
          <option value="ok">succeed</option>
          <option value="flaky">fail twice (insufficient funds), then succeed</option>
          <option value="failing">fail (card expired)</option>
          <option value="bouncing">are SEPA debits that can bounce</option>
        </select>
      </label>
      <div>
        <SubmitButton testId={testClockTestIds.subscriberSubmit}>Add simulated subscriber</SubmitButton>
      </div>
    </form>
  );
}
