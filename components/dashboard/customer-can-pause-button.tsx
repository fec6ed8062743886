'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { initialActionState } from '@/lib/actions/action-state';
import { setCustomerCanPauseAction } from '@/lib/actions/subscriptions/set-customer-can-pause-action';

/** Allow or forbid this customer to pause their subscriptions on Min Side. */
export function CustomerCanPauseButton({ customerId, canPause }: { customerId: string; canPause: boolean }) {
  const [state, action] = useActionState(setCustomerCanPauseAction, initialActionState);
  return (
    <form action={action}>
      <FormAlert state={state} />
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="canPause" value={canPause ? 'false' : 'true'} />
      <button type="submit" className="secondary" data-testid="customer-can-pause">
        {canPause ? 'Forbid self-service pause' : 'Allow self-service pause'}
      </button>
    </form>
  );
}
