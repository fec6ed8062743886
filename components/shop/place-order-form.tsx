'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { placeOrderAction } from '@/lib/actions/checkout/place-order-action';

export function PlaceOrderForm({ checkoutToken, label }: { checkoutToken: string; label: string }) {
  const [state, action] = useActionState(placeOrderAction, initialActionState);
  return (
    <form action={action} className="stack">
      <FormAlert state={state} testId="place-order-error" />
      <input type="hidden" name="checkoutToken" value={checkoutToken} />
      <SubmitButton testId="pay">{label}</SubmitButton>
    </form>
  );
}
