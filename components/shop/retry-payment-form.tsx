'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { retryPaymentAction } from '@/lib/actions/checkout/retry-payment-action';

export function RetryPaymentForm({ orderId, label }: { orderId: string; label: string }) {
  const [state, action] = useActionState(retryPaymentAction, initialActionState);
  return (
    <form action={action}>
      <FormAlert state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <SubmitButton testId="retry-payment">{label}</SubmitButton>
    </form>
  );
}
