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
export function WebhookEndpointControls({
  endpointId,
  enabled,
  texts,
}: {
  endpointId: string;
  enabled: boolean;
  /** The buttons and questions in the page's language, the questions naming the endpoint's URL. */
  texts: Record<'rotate' | 'rotateConfirm' | 'switchOn' | 'switchOff' | 'delete' | 'deleteConfirm' | 'secret', string>;
}) {
  const [rotated, rotate] = useActionState(rotateWebhookSecretAction, initialSecret);
  const [toggled, toggle] = useActionState(setWebhookEndpointEnabledAction, initialActionState);
  const [deleted, remove] = useActionState(deleteWebhookEndpointAction, initialActionState);
  return (
    <div className="stack">
      <div className="row">
        <form
          action={rotate}
          onSubmit={(event) => {
            if (!window.confirm(texts.rotateConfirm)) event.preventDefault();
          }}
        >
          <input type="hidden" name="endpointId" value={endpointId} />
          <SubmitButton className="secondary" testId={ids.rotate}>
            {texts.rotate}
          </SubmitButton>
        </form>
        <form action={toggle}>
          <input type="hidden" name="endpointId" value={endpointId} />
          <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
          <SubmitButton className="secondary" testId={ids.toggle}>
            {enabled ? texts.switchOff : texts.switchOn}
          </SubmitButton>
        </form>
        <form
          action={remove}
          onSubmit={(event) => {
            if (!window.confirm(texts.deleteConfirm)) event.preventDefault();
          }}
        >
          <input type="hidden" name="endpointId" value={endpointId} />
          <SubmitButton className="secondary" testId={ids.remove}>
            {texts.delete}
          </SubmitButton>
        </form>
      </div>
      <FormAlert state={rotated.error || rotated.notice ? rotated : deleted.error ? deleted : toggled} />
      <ShownOnceSecret secret={rotated.secret} label={texts.secret} />
    </div>
  );
}
