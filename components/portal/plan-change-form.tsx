'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { changePlanAction } from '@/lib/actions/portal/change-plan-action';
import { previewPlanChangeAction, type PlanChangePreviewState } from '@/lib/actions/portal/preview-plan-change-action';

export type PlanChangeFormTexts = {
  planLabel: string;
  quantityLabel: string;
  previewButton: string;
  lineColumn: string;
  amountColumn: string;
  total: string;
};

/**
 * Min Side's change of plan, interval or quantity: choose, see what it costs and when it starts
 * (the proration's lines and total for an upgrade), then confirm exactly that. The confirmation
 * sends back the total shown; the server refuses another.
 */
export function PlanChangeForm({
  subscriptionId,
  plans,
  currentPlanId,
  currentQuantity,
  texts,
}: {
  subscriptionId: string;
  plans: { id: string; label: string }[];
  currentPlanId: string;
  currentQuantity: number;
  texts: PlanChangeFormTexts;
}) {
  const [previewState, preview] = useActionState(previewPlanChangeAction, initialActionState as PlanChangePreviewState);
  const [changeState, change] = useActionState(changePlanAction, initialActionState);
  const shown = previewState.preview;
  return (
    <div className="stack">
      <FormAlert state={changeState} testId="plan-change-error" />
      <form action={preview} className="stack" data-testid="plan-change-form">
        <FormAlert state={previewState} testId="plan-change-preview-error" />
        <input type="hidden" name="subscriptionId" value={subscriptionId} />
        <fieldset>
          <legend>{texts.planLabel}</legend>
          {plans.map((plan) => (
            <label key={plan.id} className="row">
              <input type="radio" name="planId" value={plan.id} defaultChecked={plan.id === currentPlanId} data-testid={`plan-change-plan-${plan.id}`} />
              {plan.label}
            </label>
          ))}
          <FieldError state={previewState} name="planId" />
        </fieldset>
        <label>
          {texts.quantityLabel}
          <input type="number" name="quantity" min={1} max={999} step={1} defaultValue={currentQuantity} required data-testid="plan-change-quantity" />
          <FieldError state={previewState} name="quantity" />
        </label>
        <SubmitButton className="secondary" testId="plan-change-preview">
          {texts.previewButton}
        </SubmitButton>
      </form>
      {shown && !changeState.notice ? (
        <section className="panel" data-testid="plan-change-preview-result" aria-live="polite">
          <p data-testid="plan-change-summary">{shown.summary}</p>
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
                  <tr key={i} data-testid="plan-change-line">
                    <td>{line.description}</td>
                    <td className="num" data-testid="plan-change-line-amount">
                      {line.amount}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th>{texts.total}</th>
                  <th className="num" data-testid="plan-change-total">
                    {shown.total}
                  </th>
                </tr>
              </tfoot>
            </table>
          ) : null}
          <form action={change}>
            <input type="hidden" name="subscriptionId" value={subscriptionId} />
            <input type="hidden" name="planId" value={shown.planId} />
            <input type="hidden" name="quantity" value={shown.quantity} />
            <input type="hidden" name="expectedTotalMinor" value={shown.totalMinor} />
            <SubmitButton testId="plan-change-confirm">{shown.confirmLabel}</SubmitButton>
          </form>
        </section>
      ) : null}
    </div>
  );
}
