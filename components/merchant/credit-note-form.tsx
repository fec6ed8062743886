'use client';

import { useActionState, useState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { issueCreditNoteAction } from '@/lib/actions/payments/credit-note-actions';
import { formatMoney } from '@/lib/billing/money';
import { merchantPaymentTestIds as ids } from './test-ids';

export type CreditNoteFormProps = {
  invoiceId: string;
  invoiceNumber: string;
  currency: string;
  /** What can still be credited (an open invoice: what it still owes), for the hint. */
  creditableMinor: number;
  status: 'open' | 'paid';
};

/**
 * "Credit" on the merchant's invoice page: the whole invoice or an amount (typed as a decimal in
 * the invoice's currency), why, and, for a paid invoice, where the money goes. The action checks
 * everything again; this form only shows its answer.
 */
export function CreditNoteForm({ invoiceId, invoiceNumber, currency, creditableMinor, status }: CreditNoteFormProps) {
  const [state, action] = useActionState(issueCreditNoteAction, initialActionState);
  const [scope, setScope] = useState<'full' | 'partial'>('full');
  return (
    <form action={action} className="stack" data-testid={ids.creditNoteForm} noValidate>
      <h2 style={{ marginTop: 0 }}>Credit invoice {invoiceNumber}</h2>
      <FormAlert state={state} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <p className="muted">
        {formatMoney(creditableMinor, currency)} can be credited
        {status === 'open' ? ': the credit reduces what the invoice still owes.' : '.'}
      </p>
      <fieldset className="row">
        <legend>Amount</legend>
        <label className="inline">
          <input type="radio" name="scope" value="full" checked={scope === 'full'} onChange={() => setScope('full')} data-testid={ids.creditNoteFull} />
          Everything ({formatMoney(creditableMinor, currency)})
        </label>
        <label className="inline">
          <input type="radio" name="scope" value="partial" checked={scope === 'partial'} onChange={() => setScope('partial')} />
          An amount ({currency})
        </label>
        {scope === 'partial' && (
          <input
            name="amount"
            inputMode="decimal"
            placeholder="10.00"
            aria-label={`Amount in ${currency}`}
            aria-invalid={Boolean(state.fieldErrors?.amount)}
            data-testid={ids.creditNoteAmount}
          />
        )}
        <FieldError state={state} name="amount" />
      </fieldset>
      <label>
        Reason (shown on the credit note)
        {/* The action allows 500 characters. */}
        <textarea name="reason" required maxLength={500} rows={2} aria-invalid={Boolean(state.fieldErrors?.reason)} data-testid={ids.creditNoteReason} />
        <FieldError state={state} name="reason" />
      </label>
      {status === 'paid' ? (
        <label>
          The money
          <select name="disposition" defaultValue="auto" data-testid={ids.creditNoteDisposition}>
            <option value="auto">Refund if paid online, otherwise keep as balance</option>
            <option value="refund">Refund to the payment method</option>
            <option value="balance">Keep as the customer’s balance</option>
          </select>
          <FieldError state={state} name="disposition" />
        </label>
      ) : (
        <input type="hidden" name="disposition" value="auto" />
      )}
      <div>
        <SubmitButton testId={ids.creditNoteSubmit}>Issue credit note</SubmitButton>
      </div>
    </form>
  );
}
