'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { pauseSubscriptionAction } from '@/lib/actions/portal/pause-subscription-action';
import { resumeSubscriptionAction } from '@/lib/actions/portal/resume-subscription-action';

export type SubscriptionPauseTexts = {
  pauseOpen: string;
  pauseHeading: string;
  pauseIntro: string;
  termsLabel: string;
  untilResumed: string;
  confirmPause: string;
  /** "Paused until 1 August 2026", "Pauses on 1 June 2026", ...: what the pause is now. */
  pauseState: string;
  resumeButton: string;
};

/**
 * Min Side's pause for one subscription, as the merchant's rules allow it (pauseOffer): pause
 * from the end of the term for 1…max terms or until resumed; or, paused (or about to), resume.
 * Nothing when not allowed. `retention`: shown beside the stop, instead of it.
 */
export function SubscriptionPause({
  subscriptionId,
  offer,
  termOptions,
  texts,
  retention = false,
}: {
  subscriptionId: string;
  offer: 'pause' | 'resume' | 'none';
  /** 1…the merchant's maximum, with their labels in the customer's language. */
  termOptions: { value: number; label: string }[];
  texts: SubscriptionPauseTexts;
  retention?: boolean;
}) {
  const [pauseState, pause] = useActionState(pauseSubscriptionAction, initialActionState);
  const [resumeState, resume] = useActionState(resumeSubscriptionAction, initialActionState);
  if (offer === 'none') return null;
  // Beside the stop the same form is there twice in a row: its own ids.
  const id = retention ? 'retention-pause' : 'subscription-pause';
  if (offer === 'resume') {
    return (
      <form action={resume} className="stack" data-testid={`${id}-resume-form`}>
        {/* Just paused: the confirmation stays on screen until the next change. */}
        <FormAlert state={pauseState.notice && !resumeState.error ? pauseState : resumeState} testId={`${id}-error`} />
        <span className="badge paused" data-testid={`${id}-state`}>
          {texts.pauseState}
        </span>
        <input type="hidden" name="subscriptionId" value={subscriptionId} />
        <SubmitButton className="secondary" testId={retention ? 'retention-resume' : 'subscription-resume'}>
          {texts.resumeButton}
        </SubmitButton>
      </form>
    );
  }
  return (
    <>
      {/* Just resumed: the confirmation stays in sight, outside the closed pause form. */}
      {resumeState.notice && !pauseState.error ? <FormAlert state={resumeState} /> : null}
      <details data-testid={id}>
        <summary data-testid={`${id}-open`}>{texts.pauseOpen}</summary>
        <form action={pause} className="stack" data-testid={`${id}-form`}>
          {/* Only a refusal here: a pause that worked is confirmed where its resume is offered. */}
          <FormAlert state={pauseState.error ? pauseState : initialActionState} testId={`${id}-error`} />
          <strong>{texts.pauseHeading}</strong>
          <p className="muted">{texts.pauseIntro}</p>
          <input type="hidden" name="subscriptionId" value={subscriptionId} />
          <input type="hidden" name="retention" value={retention ? 'true' : 'false'} />
          <label>
            {texts.termsLabel}
            <select name="terms" defaultValue="1" data-testid={`${id}-terms`}>
              {termOptions.map((o) => (
                <option key={o.value} value={String(o.value)}>
                  {o.label}
                </option>
              ))}
              <option value="open">{texts.untilResumed}</option>
            </select>
          </label>
          <SubmitButton className="secondary" testId={`${id}-confirm`}>
            {texts.confirmPause}
          </SubmitButton>
        </form>
      </details>
    </>
  );
}
