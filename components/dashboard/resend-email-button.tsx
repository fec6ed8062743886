'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { staffTestIds } from '@/components/staff/test-ids';
import { initialActionState } from '@/lib/actions/action-state';
import { resendEmailAction } from '@/lib/actions/outbox/resend-email-action';

/** "Send again" (`label`, in the staff member's language): a copy of this message goes out as a new outbox entry, which then opens. */
export function ResendEmailButton({ emailId, label }: { emailId: string; label: string }) {
  const [state, action] = useActionState(resendEmailAction, initialActionState);
  return (
    <form action={action} className="stack">
      <FormAlert state={state} />
      <input type="hidden" name="emailId" value={emailId} />
      <div>
        <SubmitButton className="secondary" testId={staffTestIds.resendEmail}>
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}
