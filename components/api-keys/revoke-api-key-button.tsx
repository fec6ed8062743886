'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { revokeApiKeyAction } from '@/lib/actions/api-keys/revoke-api-key-action';
import { apiKeyTestIds as ids } from './test-ids';

/** Revokes one key, after the browser asks whether to. */
export function RevokeApiKeyButton({ apiKeyId, texts }: { apiKeyId: string; texts: { confirm: string; revoke: string } }) {
  const [state, action] = useActionState(revokeApiKeyAction, initialActionState);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(texts.confirm)) event.preventDefault();
      }}
    >
      <FormAlert state={state} />
      <input type="hidden" name="apiKeyId" value={apiKeyId} />
      <SubmitButton className="secondary" testId={ids.revoke}>
        {texts.revoke}
      </SubmitButton>
    </form>
  );
}
