'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { previewStopNowAction, type StopNowPreviewState } from '@/lib/actions/portal/preview-stop-now-action';
import { stopNowAction } from '@/lib/actions/portal/stop-now-action';

export type SubscriptionStopNowTexts = {
  openButton: string;
  intro: string;
  previewButton: string;
  lineColumn: string;
  amountColumn: string;
  creditTotal: string;
  noCredit: string;
  reasonLabel: string;
};

/**
 * Min Side's stop at once, where the merchant allows it: see what comes back (each credit, and
 * inside a commitment the early-exit fee), then confirm exactly that. The confirmation sends back
 * the amounts shown; the server refuses others.
 */
export function SubscriptionStopNow({
  subscriptionId,
  offered,
  texts,
  reasons,
}: {
  subscriptionId: string;
  /**
   * Whether the stop is offered now. Rendered (and so kept mounted) also when it is not, so the
   * confirmation stays on screen once the page shows the subscription ended.
   */
  offered: boolean;
  texts: SubscriptionStopNowTexts;
  /** The reasons to choose from, in the customer's language. */
  reasons: { value: string; label: string }[];
}) {
  const [previewState, preview] = useActionState(previewStopNowAction, initialActionState as StopNowPreviewState);
  const [stopState, stop] = useActionState(stopNowAction, initialActionState);
  const shown = previewState.preview;
  if (stopState.notice) return <FormAlert state={stopState} testId="subscription-stop-now-done" />;
  if (!offered) return null;
  return (
    <details data-testid="subscription-stop-now">
      <summary data-testid="subscription-stop-now-open">{texts.openButton}</summary>
      <form action={preview} className="stack" data-testid="subscription-stop-now-form">
        <FormAlert state={previewState} testId="subscription-stop-now-preview-error" />
        <p className="muted">{texts.intro}</p>
        <input type="hidden" name="subscriptionId" value={subscriptionId} />
        <SubmitButton className="secondary" testId="subscription-stop-now-preview">
          {texts.previewButton}
        </SubmitButton>
      </form>
      {shown ? (
        <section className="panel" data-testid="subscription-stop-now-preview-result" aria-live="polite">
          {shown.lines.length === 0 ? <p>{texts.noCredit}</p> : null}
          {shown.lines.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th>{texts.lineColumn}</th>
                  <th className="num">{texts.amountColumn}</th>
                </tr>
              </thead>
              <tbody>
                {shown.lines.map((line, i) => (
                  <tr key={i} data-testid={line.kind === 'fee' ? 'subscription-stop-now-fee' : 'subscription-stop-now-credit'}>
                    <td>{line.description}</td>
                    <td className="num">{line.amount}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th>{texts.creditTotal}</th>
                  <th className="num" data-testid="subscription-stop-now-credit-total">
                    {shown.creditTotal}
                  </th>
                </tr>
              </tfoot>
            </table>
          ) : null}
          {shown.feeBasis ? (
            <p className="muted" data-testid="subscription-stop-now-fee-basis">
              {shown.feeBasis}
            </p>
          ) : null}
          {shown.creditUse.length > 0 ? (
            <ul data-testid="subscription-stop-now-credit-use">
              {shown.creditUse.map((use, i) => (
                <li key={i}>{use.description}</li>
              ))}
            </ul>
          ) : null}
          <form action={stop} className="stack">
            <FormAlert state={stopState} testId="subscription-stop-now-error" />
            <input type="hidden" name="subscriptionId" value={subscriptionId} />
            <input type="hidden" name="expectedCreditMinor" value={shown.creditMinor} />
            <input type="hidden" name="expectedFeeMinor" value={shown.feeMinor} />
            <label>
              {texts.reasonLabel}
              <select name="reason" required defaultValue="" data-testid="subscription-stop-now-reason">
                <option value="" disabled />
                {reasons.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            </label>
            <SubmitButton testId="subscription-stop-now-confirm">{shown.confirmLabel}</SubmitButton>
          </form>
        </section>
      ) : null}
    </details>
  );
}
