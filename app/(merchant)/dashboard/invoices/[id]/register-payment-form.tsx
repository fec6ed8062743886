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
import type { RegisterPaymentTexts } from './register-payment-texts';

const initialState: RegisterPaymentFormState = {};

/**
 * Money received outside the shop, registered for this invoice. The amount starts as what is
 * still open; less leaves the rest open, more goes to the customer's balance.
 */
export function RegisterPaymentForm({
  invoiceId,
  currency,
  defaultAmount,
  today,
  texts,
}: {
  invoiceId: string;
  currency: string;
  /** What is open, as the merchant would type it ("32.00"). */
  defaultAmount: string;
  /** Today in the shop's time zone (YYYY-MM-DD): the latest date allowed. */
  today: string;
  /** In the staff member's language: register-payment-texts.ts. */
  texts: RegisterPaymentTexts;
}) {
  const methodLabels: Record<(typeof MANUAL_PAYMENT_METHODS)[number], string> = { bank_transfer: texts.bankTransfer };
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
          {texts.amountIn}
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
          {texts.receivedOn}
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
          {texts.method}
          <select name="method" defaultValue={values.method ?? 'bank_transfer'}>
            {MANUAL_PAYMENT_METHODS.map((method) => (
              <option key={method} value={method}>
                {methodLabels[method]}
              </option>
            ))}
          </select>
          <FieldError state={state} name="method" />
        </label>
      </div>
      <label>
        {texts.note}
        <textarea name="note" rows={2} maxLength={MANUAL_PAYMENT_NOTE_MAX} defaultValue={values.note ?? ''} />
        <FieldError state={state} name="note" />
      </label>
      <div>
        <SubmitButton testId={paymentsTestIds.registerPaymentSubmit}>{texts.registerPayment}</SubmitButton>
      </div>
    </form>
  );
}
