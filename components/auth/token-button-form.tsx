'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import type { StateAction } from '@/lib/actions/safe-action';

/**
 * One button that uses a one-time link. A button, not the link itself: mail scanners open
 * links, and must not spend them.
 */
export function TokenButtonForm({ action, token, label, testId }: { action: StateAction<ActionState>; token?: string; label: string; testId: string }) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="stack">
      <FormAlert state={state} testId={`${testId}-error`} />
      {token && <input type="hidden" name="token" value={token} />}
      <div>
        <SubmitButton testId={testId}>{label}</SubmitButton>
      </div>
    </form>
  );
}
