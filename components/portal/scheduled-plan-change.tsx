'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { cancelPlanChangeAction } from '@/lib/actions/portal/cancel-plan-change-action';

/** A change scheduled for the next renewal, as Min Side shows it, with the button that withdraws it. */
export function ScheduledPlanChange({ subscriptionId, text, cancelLabel }: { subscriptionId: string; text: string; cancelLabel: string }) {
  const [state, action] = useActionState(cancelPlanChangeAction, initialActionState);
  if (state.notice) return <FormAlert state={state} />;
  return (
    <form action={action} className="stack" data-testid="scheduled-plan-change">
      <FormAlert state={state} testId="scheduled-plan-change-error" />
      <span className="badge" data-testid="scheduled-plan-change-text">
        {text}
      </span>
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <SubmitButton className="secondary" testId="scheduled-plan-change-cancel">
        {cancelLabel}
      </SubmitButton>
    </form>
  );
}
