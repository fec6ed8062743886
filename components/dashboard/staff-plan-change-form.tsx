'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { staffChangePlanAction } from '@/lib/actions/subscriptions/staff-change-plan-action';
import { staffPreviewPlanChangeAction, type StaffPlanChangePreviewState } from '@/lib/actions/subscriptions/staff-preview-plan-change-action';

/**
 * The dashboard's change of a customer's plan or quantity, by Min Side's rules (an upgrade at
 * once with its proration invoice, anything else from the next term): choose, see the preview,
 * confirm exactly that; the server refuses another total.
 */
export function StaffPlanChangeForm({
  customerId,
  subscriptionId,
  plans,
  currentPlanId,
  currentQuantity,
  texts,
}: {
  customerId: string;
  subscriptionId: string;
  plans: { id: string; label: string }[];
  currentPlanId: string;
  currentQuantity: number;
  texts: Record<'changePlan' | 'plan' | 'quantity' | 'preview' | 'total', string>;
}) {
  const [previewState, preview] = useActionState(staffPreviewPlanChangeAction, initialActionState as StaffPlanChangePreviewState);
  const [changeState, change] = useActionState(staffChangePlanAction, initialActionState);
  const shown = previewState.preview;
  return (
    <details data-testid="staff-plan-change">
      <summary data-testid="staff-plan-change-open">{texts.changePlan}</summary>
      <FormAlert state={changeState} testId="staff-plan-change-error" />
      <form action={preview} className="stack" data-testid="staff-plan-change-form">
        <FormAlert state={previewState} testId="staff-plan-change-preview-error" />
        <input type="hidden" name="customerId" value={customerId} />
        <input type="hidden" name="subscriptionId" value={subscriptionId} />
        <label>
          {texts.plan}
          <select name="planId" defaultValue={currentPlanId} data-testid="staff-plan-change-plan">
            {plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {texts.quantity}
          <input type="number" name="quantity" min={1} step={1} defaultValue={currentQuantity} required data-testid="staff-plan-change-quantity" />
        </label>
        <SubmitButton className="secondary" testId="staff-plan-change-preview">
          {texts.preview}
        </SubmitButton>
      </form>
      {shown && !changeState.notice ? (
        <section className="stack" data-testid="staff-plan-change-preview-result" aria-live="polite">
          <p>{shown.summary}</p>
          {shown.lines.length > 0 ? (
            <table>
              <tbody>
                {shown.lines.map((line, i) => (
                  <tr key={i}>
                    <td>{line.description}</td>
                    <td className="num">{line.amount}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th>{texts.total}</th>
                  <th className="num" data-testid="staff-plan-change-total">
                    {shown.total}
                  </th>
                </tr>
              </tfoot>
            </table>
          ) : null}
          <form action={change}>
            <input type="hidden" name="customerId" value={customerId} />
            <input type="hidden" name="subscriptionId" value={subscriptionId} />
            <input type="hidden" name="planId" value={shown.planId} />
            <input type="hidden" name="quantity" value={shown.quantity} />
            <input type="hidden" name="expectedTotalMinor" value={shown.totalMinor} />
            <SubmitButton testId="staff-plan-change-confirm">{shown.confirmLabel}</SubmitButton>
          </form>
        </section>
      ) : null}
    </details>
  );
}
