'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import type { SecretState } from '@/lib/actions/webhooks/create-webhook-endpoint-action';
import { deleteWebhookEndpointAction } from '@/lib/actions/webhooks/delete-webhook-endpoint-action';
import { rotateWebhookSecretAction } from '@/lib/actions/webhooks/rotate-webhook-secret-action';
import { setWebhookEndpointEnabledAction } from '@/lib/actions/webhooks/set-webhook-endpoint-enabled-action';
import { ShownOnceSecret } from './shown-once-secret';
import { webhookTestIds as ids } from './test-ids';

const initialSecret: SecretState = {};

/** An endpoint's buttons: rotate its secret (asks first), switch it on or off, delete it (asks first). */
export function WebhookEndpointControls({ endpointId, url, enabled }: { endpointId: string; url: string; enabled: boolean }) {
  const [rotated, rotate] = useActionState(rotateWebhookSecretAction, initialSecret);
  const [toggled, toggle] = useActionState(setWebhookEndpointEnabledAction, initialActionState);
  const [deleted, remove] = useActionState(deleteWebhookEndpointAction, initialActionState);
  return (
    <div className="stack">
      <div className="row">
        <form
          action={rotate}
          onSubmit={(event) => {
            if (!window.confirm(`Make a new signing secret for ${url}? The old one keeps working for 24 hours.`)) event.preventDefault();
          }}
        >
          <input type="hidden" name="endpointId" value={endpointId} />
          <SubmitButton className="secondary" testId={ids.rotate}>
            Rotate secret
          </SubmitButton>
        </form>
        <form action={toggle}>
          <input type="hidden" name="endpointId" value={endpointId} />
          <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
          <SubmitButton className="secondary" testId={ids.toggle}>
            {enabled ? 'Switch off' : 'Switch on'}
          </SubmitButton>
        </form>
        <form
          action={remove}
          onSubmit={(event) => {
            if (!window.confirm(`Delete the endpoint ${url}? Nothing more is sent to it, and its delivery log is deleted with it.`)) event.preventDefault();
          }}
        >
          <input type="hidden" name="endpointId" value={endpointId} />
          <SubmitButton className="secondary" testId={ids.remove}>
            Delete
          </SubmitButton>
        </form>
      </div>
      <FormAlert state={rotated.error || rotated.notice ? rotated : deleted.error ? deleted : toggled} />
      <ShownOnceSecret secret={rotated.secret} />
    </div>
  );
}
