'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { initialActionState } from '@/lib/actions/action-state';
import { stopSubscriptionAction } from '@/lib/actions/subscriptions/stop-subscription-action';

/** "Stop now" on a live subscription (asks first: it cannot be undone). */
export function StopSubscriptionButton({ subscriptionId, currency }: { subscriptionId: string; currency: string }) {
  const [state, action] = useActionState(stopSubscriptionAction, initialActionState);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm('Stop this subscription now? The unused part of a paid term goes to the customer’s balance.')) event.preventDefault();
      }}
    >
      <FormAlert state={state} />
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <input type="hidden" name="currency" value={currency} />
      <button type="submit" className="secondary" data-testid="stop-subscription">
        Stop now
      </button>
    </form>
  );
}
