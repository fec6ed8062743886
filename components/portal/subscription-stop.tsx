'use client';

import { useActionState, type ReactNode } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { scheduleStopAction } from '@/lib/actions/portal/schedule-stop-action';
import { undoStopAction } from '@/lib/actions/portal/undo-stop-action';

export type SubscriptionStopTexts = {
  stopButton: string;
  stopHeading: string;
  stopIntro: string;
  reasonLabel: string;
  noteLabel: string;
  confirmStop: string;
  stopsOn: string;
  undoButton: string;
  inCommitment: string;
};

/**
 * Min Side's stop for one subscription, as the merchant's rules allow it (stopOffer): stop at the
 * end of the term, asking why; undo a scheduled stop; or say until when a commitment runs.
 * Nothing when the merchant does not let the customer stop. Texts come formatted (dates in them).
 */
export function SubscriptionStop({
  subscriptionId,
  offer,
  texts,
  reasons,
  retention,
}: {
  subscriptionId: string;
  /** Offered instead of the stop (a pause, the shop's coupon), shown when the customer opens it. */
  retention?: ReactNode;
  offer: 'stop' | 'undo' | 'commitment' | 'none';
  texts: SubscriptionStopTexts;
  /** The reasons to choose from, in the customer's language. */
  reasons: { value: string; label: string }[];
}) {
  const [stopState, stop] = useActionState(scheduleStopAction, initialActionState);
  const [undoState, undo] = useActionState(undoStopAction, initialActionState);
  if (offer === 'none') return null;
  if (offer === 'commitment') {
    return (
      <div className="muted" data-testid="subscription-stop-commitment">
        {texts.inCommitment}
      </div>
    );
  }
  if (offer === 'undo') {
    return (
      <form action={undo} className="stack" data-testid="subscription-undo-stop-form">
        {/* Just stopped: the confirmation stays on screen until the next change. */}
        <FormAlert state={stopState.notice && !undoState.error ? stopState : undoState} testId="subscription-stop-error" />
        <span className="badge canceled" data-testid="subscription-stops-on">
          {texts.stopsOn}
        </span>
        <input type="hidden" name="subscriptionId" value={subscriptionId} />
        <SubmitButton className="secondary" testId="subscription-undo-stop">
          {texts.undoButton}
        </SubmitButton>
      </form>
    );
  }
  return (
    <details data-testid="subscription-stop">
      <summary data-testid="subscription-stop-open">{texts.stopButton}</summary>
      {retention}
      <form action={stop} className="stack" data-testid="subscription-stop-form">
        <FormAlert state={undoState.notice && !stopState.error ? undoState : stopState} testId="subscription-stop-error" />
        <strong>{texts.stopHeading}</strong>
        <p className="muted">{texts.stopIntro}</p>
        <input type="hidden" name="subscriptionId" value={subscriptionId} />
        <label>
          {texts.reasonLabel}
          <select name="reason" required defaultValue="" data-testid="subscription-stop-reason">
            <option value="" disabled />
            {reasons.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {texts.noteLabel}
          <textarea name="note" maxLength={1000} rows={2} data-testid="subscription-stop-note" />
        </label>
        <SubmitButton className="secondary" testId="subscription-stop-confirm">
          {texts.confirmStop}
        </SubmitButton>
      </form>
    </details>
  );
}
