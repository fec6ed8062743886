'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import {
  registerManualPaymentAction,
  type RegisterPaymentFormState,
} from '@/lib/actions/payments/register-manual-payment-action';
import { MANUAL_PAYMENT_METHODS, MANUAL_PAYMENT_NOTE_MAX } from '@/lib/services/payments/manual-payment-input';
import { paymentsTestIds } from '../../payments/payments-test-ids';

const initialState: RegisterPaymentFormState = {};
const METHOD_LABELS: Record<(typeof MANUAL_PAYMENT_METHODS)[number], string> = { bank_transfer: 'Bank transfer' };

/**
 * Money received outside the shop, registered for this invoice. The amount starts as what is
 * still open; less leaves the rest open, more goes to the customer's balance.
 */
export function RegisterPaymentForm({
  invoiceId,
  currency,
  defaultAmount,
  today,
}: {
  invoiceId: string;
  currency: string;
  /** What is open, as the merchant would type it ("32.00"). */
  defaultAmount: string;
  /** Today in the shop's time zone (YYYY-MM-DD): the latest date allowed. */
  today: string;
}) {
  const [state, action] = useActionState(registerManualPaymentAction, initialState);
  // After a success the fields start over from the new open amount (the page re-renders).
  const values = state.values ?? { amount: defaultAmount, paidOn: today, method: 'bank_transfer', note: '' };
  return (
    <form
      key={JSON.stringify(state)}
      action={action}
      className="stack"
      data-testid={paymentsTestIds.registerPaymentForm}
      noValidate
    >
      <FormAlert state={state} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <input type="hidden" name="currency" value={currency} />
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <label style={{ width: '12rem' }}>
          Amount ({currency})
          <input
            name="amount"
            inputMode="decimal"
            defaultValue={values.amount ?? ''}
            aria-invalid={Boolean(state.fieldErrors?.amount)}
            data-testid={paymentsTestIds.registerPaymentAmount}
          />
          <FieldError state={state} name="amount" />
          <FieldError state={state} name="currency" />
        </label>
        <label style={{ width: '12rem' }}>
          Received on
          <input
            type="date"
            name="paidOn"
            max={today}
            defaultValue={values.paidOn ?? today}
            aria-invalid={Boolean(state.fieldErrors?.paidOn)}
            data-testid={paymentsTestIds.registerPaymentDate}
          />
          <FieldError state={state} name="paidOn" />
        </label>
        <label style={{ width: '12rem' }}>
          Method
          <select name="method" defaultValue={values.method ?? 'bank_transfer'}>
            {MANUAL_PAYMENT_METHODS.map((method) => (
              <option key={method} value={method}>
                {METHOD_LABELS[method]}
              </option>
            ))}
          </select>
          <FieldError state={state} name="method" />
        </label>
      </div>
      <label>
        Note (optional: the bank’s reference, who paid)
        <textarea name="note" rows={2} maxLength={MANUAL_PAYMENT_NOTE_MAX} defaultValue={values.note ?? ''} />
        <FieldError state={state} name="note" />
      </label>
      <div>
        <SubmitButton testId={paymentsTestIds.registerPaymentSubmit}>Register payment</SubmitButton>
      </div>
    </form>
  );
}
