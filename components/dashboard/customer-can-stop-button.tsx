'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { initialActionState } from '@/lib/actions/action-state';
import { setCustomerCanStopAction } from '@/lib/actions/subscriptions/set-customer-can-stop-action';

/** Allow or forbid this customer to stop their subscriptions on Min Side. */
export function CustomerCanStopButton({ customerId, canStop }: { customerId: string; canStop: boolean }) {
  const [state, action] = useActionState(setCustomerCanStopAction, initialActionState);
  return (
    <form action={action}>
      <FormAlert state={state} />
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="canStop" value={canStop ? 'false' : 'true'} />
      <button type="submit" className="secondary" data-testid="customer-can-stop">
        {canStop ? 'Forbid self-service stop' : 'Allow self-service stop'}
      </button>
    </form>
  );
}
