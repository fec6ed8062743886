'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { createApiKeyAction, type CreateApiKeyState } from '@/lib/actions/api-keys/create-api-key-action';
import { apiKeyTestIds as ids } from './test-ids';

/** Creates a key; the whole key is shown once, right here, and never again. */
export function CreateApiKeyForm({ texts }: { texts: Record<'name' | 'namePlaceholder' | 'access' | 'readOnly' | 'readWrite' | 'create', string> }) {
  const [state, action] = useActionState<CreateApiKeyState, FormData>(createApiKeyAction, initialActionState);
  return (
    <form action={action} className="stack">
      <FormAlert state={state} />
      {state.createdKey ? (
        <p>
          <code data-testid={ids.createdKey} style={{ userSelect: 'all', wordBreak: 'break-all' }}>
            {state.createdKey}
          </code>
        </p>
      ) : null}
      <div className="row">
        <label>
          {texts.name}
          <input name="name" required maxLength={80} placeholder={texts.namePlaceholder} data-testid={ids.name} />
          <FieldError state={state} name="name" />
        </label>
        <label>
          {texts.access}
          <select name="scope" defaultValue="read" data-testid={ids.scope}>
            <option value="read">{texts.readOnly}</option>
            <option value="write">{texts.readWrite}</option>
          </select>
        </label>
      </div>
      <div>
        <SubmitButton testId={ids.create}>{texts.create}</SubmitButton>
      </div>
    </form>
  );
}
