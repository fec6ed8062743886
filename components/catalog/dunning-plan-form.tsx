'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveDunningPlanAction } from '@/lib/actions/catalog/save-dunning-plan-action';
import type { CatalogFormState } from '@/lib/actions/catalog/save-plan-action';
import {
  CATALOG_NAME_MAX,
  DUNNING_ACTIONS,
  DUNNING_FORM_ROWS,
  DUNNING_STEPS_MAX,
  stepFeeField,
  stepField,
  stepRowKey,
} from '@/lib/validations/catalog';
import type { DunningFormText } from './catalog-texts';
import { catalogTestIds, dunningStepTestId } from './test-ids';

export type DunningPlanFormProps = {
  /** The process edited, or null for a new one. */
  dunningPlanId: string | null;
  /** The fields' starting text, by field name (see `dunningPlanFormValues`). */
  initial: Record<string, string>;
  /** A fee column per currency the plans using the process are priced in. */
  currencies: string[];
  /** The form's words in the staff member's language (DUNNING_FORM_TEXTS). */
  texts: Record<DunningFormText, string>;
};

const initialState: CatalogFormState = {};
const ACTION_LABELS = {
  remind: 'actionRemind',
  suspend: 'actionSuspend',
  warn: 'actionWarn',
  terminate: 'actionTerminate',
} as const satisfies Record<(typeof DUNNING_ACTIONS)[number], DunningFormText>;

/** The messages of one step row, whichever of its fields they are about. */
function rowErrors(state: CatalogFormState, row: number): string[] {
  const prefix = `${stepRowKey(row)}.`;
  return Object.entries(state.fieldErrors ?? {})
    .filter(([key]) => key === stepRowKey(row) || key.startsWith(prefix))
    .map(([, message]) => message);
}

/**
 * A reminder process: its settings and a fixed number of step rows (day after the due date,
 * action, a fee per currency). Blank rows are ignored; rows are the steps in order.
 */
export function DunningPlanForm({ dunningPlanId, initial, currencies, texts }: DunningPlanFormProps) {
  const [state, action] = useActionState(saveDunningPlanAction, initialState);
  const values = state.values ?? initial;
  // A currency typed before (a fee on a step the plans no longer need) keeps its column.
  const columns = [
    ...new Set([...currencies, ...Object.keys(values).flatMap((key) => /^steps\.\d+\.fees\.(.+)$/.exec(key)?.[1] ?? [])]),
  ];
  const filled = Object.keys(values).filter((key) => /^steps\.\d+\.daysAfterDue$/.test(key)).length;
  const rows = Math.min(DUNNING_STEPS_MAX, Math.max(DUNNING_FORM_ROWS, filled + 2));

  return (
    <form key={JSON.stringify(values)} action={action} className="stack" data-testid={catalogTestIds.dunningForm} noValidate>
      <FormAlert state={state} testId={catalogTestIds.dunningError} />
      {dunningPlanId && <input type="hidden" name="id" value={dunningPlanId} />}
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <label style={{ flex: '1 1 16rem' }}>
          {texts.name}
          <input
            name="name"
            defaultValue={values.name ?? ''}
            maxLength={CATALOG_NAME_MAX}
            aria-invalid={Boolean(state.fieldErrors?.name)}
            data-testid={catalogTestIds.dunningName}
          />
          <FieldError state={state} name="name" />
        </label>
        <label style={{ width: '16rem' }}>
          {texts.endAfterDays}
          <input
            name="endAfterDays"
            inputMode="numeric"
            defaultValue={values.endAfterDays ?? ''}
            aria-invalid={Boolean(state.fieldErrors?.endAfterDays)}
            data-testid="dunning-end-after-days"
          />
          <FieldError state={state} name="endAfterDays" />
        </label>
      </div>
      <label className="inline">
        <input type="checkbox" name="suspendInsteadOfRemind" defaultChecked={values.suspendInsteadOfRemind === 'on'} />
        {texts.suspendInsteadOfRemind}
      </label>

      <table>
        <thead>
          <tr>
            <th>{texts.step}</th>
            <th>{texts.daysAfterDueDate}</th>
            <th>{texts.action}</th>
            {columns.map((currency) => (
              <th key={currency}>
                {texts.fee} ({currency})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => {
            const errors = rowErrors(state, row);
            return [
              <tr key={`step-${row}`} data-testid={catalogTestIds.dunningStepRow}>
                <td>{row + 1}</td>
                <td>
                  <input
                    name={stepField(row, 'daysAfterDue')}
                    inputMode="numeric"
                    defaultValue={values[stepField(row, 'daysAfterDue')] ?? ''}
                    aria-label={`${texts.step} ${row + 1}: ${texts.daysAfterTheDueDate}`}
                    aria-invalid={errors.length > 0}
                    style={{ width: '6rem' }}
                    data-testid={dunningStepTestId(row, 'day')}
                  />
                </td>
                <td>
                  <select
                    name={stepField(row, 'action')}
                    defaultValue={values[stepField(row, 'action')] || 'remind'}
                    aria-label={`${texts.step} ${row + 1}: ${texts.actionLower}`}
                    data-testid={dunningStepTestId(row, 'action')}
                  >
                    {DUNNING_ACTIONS.map((value) => (
                      <option key={value} value={value}>
                        {texts[ACTION_LABELS[value]]}
                      </option>
                    ))}
                  </select>
                </td>
                {columns.map((currency) => (
                  <td key={currency}>
                    <input
                      name={stepFeeField(row, currency)}
                      inputMode="decimal"
                      defaultValue={values[stepFeeField(row, currency)] ?? ''}
                      aria-label={`${texts.step} ${row + 1}: ${texts.feeIn} ${currency}`}
                      style={{ width: '7rem' }}
                      data-testid={dunningStepTestId(row, `fee-${currency}`)}
                    />
                  </td>
                ))}
              </tr>,
              errors.length > 0 && (
                <tr key={`errors-${row}`}>
                  <td />
                  <td colSpan={2 + columns.length}>
                    {errors.map((message) => (
                      <span key={message} className="field-error" data-testid={`field-error-${stepRowKey(row)}`} style={{ display: 'block' }}>
                        {message}
                      </span>
                    ))}
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
      <p className="muted" style={{ margin: 0 }}>
        {texts.stepsHint}
      </p>
      <div>
        <SubmitButton testId={catalogTestIds.dunningSubmit}>{dunningPlanId ? texts.saveReminderProcess : texts.createReminderProcess}</SubmitButton>
      </div>
    </form>
  );
}
