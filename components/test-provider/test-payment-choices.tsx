'use client';

import { useActionState, useEffect } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { completeTestPaymentAction, type TestPaymentState } from '@/lib/actions/test-provider/complete-test-payment-action';

const initialState: TestPaymentState = {};

/**
 * The payer's choices on the test provider's hosted page. Once decided, the browser goes to the
 * shop's return URL as a new document, as it would coming back from a real provider.
 */
export function TestPaymentChoices({ id, setup, outcomes }: { id: string; setup: boolean; outcomes: { outcome: string; label: string }[] }) {
  const [state, action, pending] = useActionState(completeTestPaymentAction, initialState);
  useEffect(() => {
    if (state.returnUrl) window.location.assign(state.returnUrl);
  }, [state.returnUrl]);
  return (
    <form action={action} className="stack">
      <FormAlert state={state} />
      <input type="hidden" name="id" value={id} />
      {outcomes.map(({ outcome, label }, i) => (
        <button
          key={outcome}
          type="submit"
          name="outcome"
          value={outcome}
          disabled={pending || Boolean(state.returnUrl)}
          className={i === 0 ? undefined : 'secondary'}
          data-testid={setup ? `test-setup-${outcome}` : `test-pay-${outcome}`}
        >
          {label}
        </button>
      ))}
    </form>
  );
}
