'use client';

import { useActionState, useState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { issueCreditNoteAction } from '@/lib/actions/payments/credit-note-actions';
import { merchantPaymentTestIds as ids } from './test-ids';

export type CreditNoteFormProps = {
  invoiceId: string;
  status: 'open' | 'paid';
  /** The form's texts in the page's language (dashboard.manage.creditNote), amounts filled in. */
  texts: Record<'heading' | 'creditable' | 'amount' | 'everything' | 'anAmount' | 'amountIn' | 'reason' | 'money' | 'auto' | 'refund' | 'balance' | 'submit', string>;
};

/**
 * "Credit" on the merchant's invoice page: the whole invoice or an amount (typed as a decimal in
 * the invoice's currency), why, and, for a paid invoice, where the money goes. The action checks
 * everything again; this form only shows its answer.
 */
export function CreditNoteForm({ invoiceId, status, texts }: CreditNoteFormProps) {
  const [state, action] = useActionState(issueCreditNoteAction, initialActionState);
  const [scope, setScope] = useState<'full' | 'partial'>('full');
  return (
    <form action={action} className="stack" data-testid={ids.creditNoteForm} noValidate>
      <h2 style={{ marginTop: 0 }}>{texts.heading}</h2>
      <FormAlert state={state} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <p className="muted">{texts.creditable}</p>
      <fieldset className="row">
        <legend>{texts.amount}</legend>
        <label className="inline">
          <input type="radio" name="scope" value="full" checked={scope === 'full'} onChange={() => setScope('full')} data-testid={ids.creditNoteFull} />
          {texts.everything}
        </label>
        <label className="inline">
          <input type="radio" name="scope" value="partial" checked={scope === 'partial'} onChange={() => setScope('partial')} />
          {texts.anAmount}
        </label>
        {scope === 'partial' && (
          <input
            name="amount"
            inputMode="decimal"
            placeholder="10.00"
            aria-label={texts.amountIn}
            aria-invalid={Boolean(state.fieldErrors?.amount)}
            data-testid={ids.creditNoteAmount}
          />
        )}
        <FieldError state={state} name="amount" />
      </fieldset>
      <label>
        {texts.reason}
        {/* The action allows 500 characters. */}
        <textarea name="reason" required maxLength={500} rows={2} aria-invalid={Boolean(state.fieldErrors?.reason)} data-testid={ids.creditNoteReason} />
        <FieldError state={state} name="reason" />
      </label>
      {status === 'paid' ? (
        <label>
          {texts.money}
          <select name="disposition" defaultValue="auto" data-testid={ids.creditNoteDisposition}>
            <option value="auto">{texts.auto}</option>
            <option value="refund">{texts.refund}</option>
            <option value="balance">{texts.balance}</option>
          </select>
          <FieldError state={state} name="disposition" />
        </label>
      ) : (
        <input type="hidden" name="disposition" value="auto" />
      )}
      <div>
        <SubmitButton testId={ids.creditNoteSubmit}>{texts.submit}</SubmitButton>
      </div>
    </form>
  );
}
