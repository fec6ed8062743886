'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { replayWebhookDeliveryAction } from '@/lib/actions/webhooks/replay-webhook-delivery-action';
import { webhookTestIds as ids } from './test-ids';

/** Sends one delivery again now. */
export function ReplayDeliveryButton({ deliveryId, label }: { deliveryId: string; label: string }) {
  const [state, action] = useActionState(replayWebhookDeliveryAction, initialActionState);
  return (
    <form action={action} className="stack">
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <SubmitButton className="secondary" testId={ids.replay}>
        {label}
      </SubmitButton>
      <FormAlert state={state} />
    </form>
  );
}
