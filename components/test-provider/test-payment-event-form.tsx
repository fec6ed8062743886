'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { initialActionState } from '@/lib/actions/action-state';
import { testProviderEventAction } from '@/lib/actions/test-provider/test-provider-event-action';

export type TestPaymentEvent = 'settle' | 'fail' | 'charge-back';

/** The events one payment can take now, each a button named in the staff member's language (`labels`). */
export function TestPaymentEventForm({ id, events, labels }: { id: string; events: TestPaymentEvent[]; labels: Record<TestPaymentEvent, string> }) {
  const [state, action] = useActionState(testProviderEventAction, initialActionState);
  return (
    <form action={action}>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={id} />
      {events.map((event) => (
        <button key={event} type="submit" name="event" value={event} className="secondary" data-testid={`test-event-${event}-${id}`}>
          {labels[event]}
        </button>
      ))}
    </form>
  );
}
