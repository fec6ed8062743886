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
  texts,
}: {
  transactionId: string;
  suggestedNumber: string | null;
  kind: 'credit' | 'reversal';
  /** In the staff member's language (dashboard.manage.unmatched). */
  texts: Record<'paysInvoice' | 'takesBack' | 'invoiceNumber' | 'apply' | 'reverse' | 'ignore', string>;
}) {
  const [state, action] = useActionState(resolveBankTransactionAction, initialState);
  if (state.notice) return <FormAlert state={state} />;
  return (
    <form action={action} className="stack" style={{ gap: '0.4rem' }}>
      {/* A wrong invoice number is answered beside its field; anything else above the form. */}
      {state.fieldErrors?.invoiceNumber ? null : <FormAlert state={state} />}
      <input type="hidden" name="transactionId" value={transactionId} />
      <label>
        {kind === 'credit' ? texts.paysInvoice : texts.takesBack}
        <input
          name="invoiceNumber"
          defaultValue={suggestedNumber ?? ''}
          placeholder={texts.invoiceNumber}
          aria-invalid={Boolean(state.fieldErrors?.invoiceNumber)}
          data-testid={paymentsTestIds.resolveInvoiceNumber}
        />
        <FieldError state={state} name="invoiceNumber" />
      </label>
      <div className="row">
        <SubmitButton name="decision" value="apply" testId={paymentsTestIds.resolveApply}>
          {kind === 'credit' ? texts.apply : texts.reverse}
        </SubmitButton>
        <SubmitButton name="decision" value="ignore" className="secondary" testId={paymentsTestIds.resolveIgnore}>
          {texts.ignore}
        </SubmitButton>
      </div>
    </form>
  );
}
