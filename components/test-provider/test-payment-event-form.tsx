'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { initialActionState } from '@/lib/actions/action-state';
import { testProviderEventAction } from '@/lib/actions/test-provider/test-provider-event-action';

const LABELS = { settle: 'Settle', fail: 'Fail', 'charge-back': 'Charge back (bounce)' } as const;

export function TestPaymentEventForm({ id, events }: { id: string; events: (keyof typeof LABELS)[] }) {
  const [state, action] = useActionState(testProviderEventAction, initialActionState);
  return (
    <form action={action}>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={id} />
      {events.map((event) => (
        <button key={event} type="submit" name="event" value={event} className="secondary" data-testid={`test-event-${event}-${id}`}>
          {LABELS[event]}
        </button>
      ))}
    </form>
  );
}
