'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/action-state';
import { resolveBankTransactionAction } from '@/lib/actions/payments/resolve-bank-transaction-action';
import { paymentsTestIds } from '../payments-test-ids';

const initialState: ActionState = {};

/**
 * The merchant's decision on one queued bank line: the invoice it pays (the suggested one filled
 * in), or ignore it. Once decided, the line leaves the queue when the page reloads.
 */
export function ResolveTransactionForm({
  transactionId,
  suggestedNumber,
  kind,
}: {
  transactionId: string;
  suggestedNumber: string | null;
  kind: 'credit' | 'reversal';
}) {
  const [state, action] = useActionState(resolveBankTransactionAction, initialState);
  if (state.notice) return <FormAlert state={state} />;
  return (
    <form action={action} className="stack" style={{ gap: '0.4rem' }}>
      {/* A wrong invoice number is answered beside its field; anything else above the form. */}
      {state.fieldErrors?.invoiceNumber ? null : <FormAlert state={state} />}
      <input type="hidden" name="transactionId" value={transactionId} />
      <label>
        {kind === 'credit' ? 'Pays invoice' : 'Takes back the payment of invoice'}
        <input
          name="invoiceNumber"
          defaultValue={suggestedNumber ?? ''}
          placeholder="Invoice number"
          aria-invalid={Boolean(state.fieldErrors?.invoiceNumber)}
          data-testid={paymentsTestIds.resolveInvoiceNumber}
        />
        <FieldError state={state} name="invoiceNumber" />
      </label>
      <div className="row">
        <SubmitButton name="decision" value="apply" testId={paymentsTestIds.resolveApply}>
          {kind === 'credit' ? 'Apply payment' : 'Reverse payment'}
        </SubmitButton>
        <SubmitButton name="decision" value="ignore" className="secondary" testId={paymentsTestIds.resolveIgnore}>
          Ignore
        </SubmitButton>
      </div>
    </form>
  );
}
