'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { initialActionState } from '@/lib/actions/action-state';
import { stopSubscriptionAction } from '@/lib/actions/subscriptions/stop-subscription-action';

/** "Stop now" on a live subscription (asks first: it cannot be undone), in the staff member's language. */
export function StopSubscriptionButton({ subscriptionId, currency, label, confirm }: { subscriptionId: string; currency: string; label: string; confirm: string }) {
  const [state, action] = useActionState(stopSubscriptionAction, initialActionState);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(confirm)) event.preventDefault();
      }}
    >
      <FormAlert state={state} />
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <input type="hidden" name="currency" value={currency} />
      <button type="submit" className="secondary" data-testid="stop-subscription">
        {label}
      </button>
    </form>
  );
}
