'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

/**
 * Allow or forbid one customer a self-service action on Min Side (stop, stop at once, pause,
 * change plan): one button that flips the switch through the action given, which checks the
 * staff member's rights itself.
 */
export function CustomerSwitchButton({
  action,
  customerId,
  field,
  allowed,
  label,
  testId,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  customerId: string;
  /** The action's form field for the new value ("true" / "false"). */
  field: string;
  allowed: boolean;
  /** The button's text in the page's language ("Forbid self-service stop" when allowed, "Allow …" when not). */
  label: string;
  testId: string;
}) {
  const [state, submit] = useActionState(action, initialActionState);
  return (
    <form action={submit}>
      <FormAlert state={state} />
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name={field} value={allowed ? 'false' : 'true'} />
      <button type="submit" className="secondary" data-testid={testId}>
        {label}
      </button>
    </form>
  );
}
