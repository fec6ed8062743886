'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { createWebhookEndpointAction, type SecretState } from '@/lib/actions/webhooks/create-webhook-endpoint-action';
import { WEBHOOK_EVENT_TYPES } from '@/lib/validations/webhook-events';
import { ShownOnceSecret } from './shown-once-secret';
import { webhookTestIds as ids } from './test-ids';

const initial: SecretState = {};

/** Registers an endpoint: its URL, a note, and the event types it wants. */
export function AddWebhookEndpointForm({ texts }: { texts: Record<'url' | 'description' | 'events' | 'add' | 'secret', string> }) {
  const [state, action] = useActionState(createWebhookEndpointAction, initial);
  const values = 'values' in state ? (state.values as Record<string, string>) : {};
  return (
    <form action={action} className="stack" key={state.secret ?? 'form'}>
      <FormAlert state={state} />
      <ShownOnceSecret secret={state.secret} label={texts.secret} />
      <div className="row">
        <label style={{ flex: 2 }}>
          {texts.url}
          <input name="url" type="url" required placeholder="https://crm.example.com/hooks/kadens" defaultValue={values.url} data-testid={ids.addUrl} />
          <FieldError state={state} name="url" />
        </label>
        <label style={{ flex: 1 }}>
          {texts.description}
          <input name="description" defaultValue={values.description} data-testid={ids.addDescription} />
        </label>
      </div>
      <fieldset>
        <legend>{texts.events}</legend>
        <div className="row" style={{ flexWrap: 'wrap' }}>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} style={{ fontWeight: 'normal' }}>
              <input type="checkbox" name="eventTypes" value={type} defaultChecked /> <code>{type}</code>
            </label>
          ))}
        </div>
        <FieldError state={state} name="eventTypes" />
      </fieldset>
      <div>
        <SubmitButton testId={ids.addSubmit}>{texts.add}</SubmitButton>
      </div>
    </form>
  );
}
