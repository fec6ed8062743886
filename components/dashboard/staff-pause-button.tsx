'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { Templates } from '@/lib/i18n/templates';
import { staffPauseSubscriptionAction } from '@/lib/actions/subscriptions/staff-pause-subscription-action';
import { staffResumeSubscriptionAction } from '@/lib/actions/subscriptions/staff-resume-subscription-action';

/**
 * Staff pause a subscription from the end of its term (1…`maxTerms` terms, or until resumed), or
 * end its pause. Staff are not bound by the self-service switches; the rules of the pause are the
 * same (pauseRefusal), refused with the reason. Worded in the staff member's language (`texts`).
 */
export function StaffPauseButton({
  subscriptionId,
  pausing,
  maxTerms,
  texts,
}: {
  subscriptionId: string;
  pausing: boolean;
  maxTerms: number;
  texts: Templates<'dashboard.lists.subscribers.row'>;
}) {
  const [pauseState, pause] = useActionState(staffPauseSubscriptionAction, initialActionState);
  const [resumeState, resume] = useActionState(staffResumeSubscriptionAction, initialActionState);
  if (pausing) {
    return (
      <form action={resume}>
        <FormAlert state={resumeState} />
        <input type="hidden" name="subscriptionId" value={subscriptionId} />
        <SubmitButton className="secondary" testId="staff-resume">
          {texts.resume}
        </SubmitButton>
      </form>
    );
  }
  return (
    <form action={pause} className="row">
      <FormAlert state={pauseState} />
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <select name="terms" defaultValue="1" aria-label={texts.pauseFor} data-testid="staff-pause-terms">
        {Array.from({ length: maxTerms }, (_, i) => (
          <option key={i + 1} value={String(i + 1)}>
            {i === 0 ? texts.oneTerm : fillTemplate(texts.terms, { count: i + 1 })}
          </option>
        ))}
        <option value="open">{texts.untilResumed}</option>
      </select>
      <SubmitButton className="secondary" testId="staff-pause">
        {texts.pauseAtTermEnd}
      </SubmitButton>
    </form>
  );
}
