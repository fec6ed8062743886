'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { advanceTestClockAction, type AdvanceTestClockState } from '@/lib/actions/test-clocks/advance-test-clock-action';
import type { AdvanceStep } from '@/lib/validations/test-clocks';
import type { AdvanceReportTexts } from './advance-report-texts';
import { AdvanceReportView } from './advance-report-view';
import { testClockTestIds } from './test-ids';

const STEPS: { step: AdvanceStep; testId: string }[] = [
  { step: 'day', testId: testClockTestIds.advanceStepDay },
  { step: 'week', testId: testClockTestIds.advanceStepWeek },
  { step: 'month', testId: testClockTestIds.advanceStepMonth },
  { step: 'year', testId: testClockTestIds.advanceStepYear },
];

const initialState: AdvanceTestClockState = {};

/**
 * Moves the clock forward: to a date-time in the shop's zone, or by one calendar step. Two forms
 * on one action state, so the steps are not blocked by an empty date field; the report of the
 * last advance shows under both.
 */
export function AdvanceTestClockForm({
  clockId,
  timeZone,
  texts,
  reportTexts,
}: {
  clockId: string;
  timeZone: string;
  /** In the staff member's language (dashboard.manage.testClocks.advanceForm), `to` with the zone filled in. */
  texts: Record<'to' | 'submit' | 'by' | AdvanceStep, string>;
  reportTexts: AdvanceReportTexts;
}) {
  const [state, action] = useActionState(advanceTestClockAction, initialState);
  return (
    <div className="stack">
      {state.error && (
        <p className="alert error" role="alert" data-testid={testClockTestIds.advanceError}>
          {state.error}
        </p>
      )}
      {!state.error && <FormAlert state={state} />}
      <form action={action} className="row" style={{ alignItems: 'flex-end' }} data-testid={testClockTestIds.advanceToForm} noValidate>
        <input type="hidden" name="clockId" value={clockId} />
        <label>
          {texts.to}
          <input name="to" type="datetime-local" data-testid={testClockTestIds.advanceTo} />
        </label>
        <SubmitButton testId={testClockTestIds.advanceToSubmit}>{texts.submit}</SubmitButton>
      </form>
      <form action={action} className="row" aria-label={texts.by}>
        <input type="hidden" name="clockId" value={clockId} />
        {STEPS.map(({ step, testId }) => (
          <SubmitButton key={step} className="secondary" name="step" value={step} testId={testId}>
            {texts[step]}
          </SubmitButton>
        ))}
      </form>
      {state.report && <AdvanceReportView report={state.report} timeZone={timeZone} texts={reportTexts} />}
    </div>
  );
}
