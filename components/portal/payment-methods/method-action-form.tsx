'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { removePaymentMethodAction } from '@/lib/actions/portal/remove-payment-method-action';
import { setDefaultPaymentMethodAction } from '@/lib/actions/portal/set-default-payment-method-action';

/** One button on a stored method: make it the autopay method, or remove it (asking to switch to invoices when it is the last). */
export function MethodActionForm({
  kind,
  methodId,
  label,
  switchToInvoiceLabel,
}: {
  kind: 'default' | 'remove';
  methodId: string;
  label: string;
  /** Set for removing the last method while autopay is on, where the shop takes payment by invoice. */
  switchToInvoiceLabel?: string | null;
}) {
  const [state, action] = useActionState(kind === 'default' ? setDefaultPaymentMethodAction : removePaymentMethodAction, initialActionState);
  return (
    <form action={action} className="inline" data-testid={`method-${kind}-form`}>
      <FormAlert state={state} testId={`method-${kind}-error`} />
      <input type="hidden" name="methodId" value={methodId} />
      {switchToInvoiceLabel && (
        <label>
          <input type="checkbox" name="switchToInvoice" data-testid="switch-to-invoice" /> {switchToInvoiceLabel}
        </label>
      )}
      <SubmitButton className={kind === 'remove' ? 'secondary' : undefined} testId={`method-${kind}`}>
        {label}
      </SubmitButton>
    </form>
  );
}
