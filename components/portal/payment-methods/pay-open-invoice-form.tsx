'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { payInvoiceWithSavedMethodAction } from '@/lib/actions/portal/pay-invoice-with-saved-method-action';

/**
 * The confirmation after a failed charge: the amount the customer sees is the amount sent, and
 * the invoice is charged only if it still owes exactly that.
 */
export function PayOpenInvoiceForm({ invoiceId, amountMinor, question, submit }: { invoiceId: string; amountMinor: number; question: string; submit: string }) {
  const [state, action] = useActionState(payInvoiceWithSavedMethodAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="pay-open-invoice-form">
      <FormAlert state={state} />
      <p data-testid="pay-open-invoice-question">{question}</p>
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <input type="hidden" name="amountMinor" value={amountMinor} />
      <SubmitButton testId="pay-open-invoice">{submit}</SubmitButton>
    </form>
  );
}
