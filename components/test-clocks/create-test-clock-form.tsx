'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { createTestClockAction } from '@/lib/actions/test-clocks/create-test-clock-action';
import { TEST_CLOCK_NAME_MAX } from '@/lib/validations/test-clocks';
import { testClockTestIds } from './test-ids';

/**
 * Name, time zone and start of a new clock. The zone simulates the shop somewhere else (a DST
 * change in Auckland); the start is a wall-clock time in that zone.
 */
export function CreateTestClockForm({
  defaultStartAt,
  zones,
  texts,
}: {
  defaultStartAt: string;
  zones: string[];
  /** In the staff member's language (dashboard.manage.testClocks), `shopZone` with the shop's zone filled in. */
  texts: Record<'name' | 'namePlaceholder' | 'timeZone' | 'shopZone' | 'startsAt' | 'create', string>;
}) {
  const [state, action] = useActionState(createTestClockAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid={testClockTestIds.createForm} noValidate>
      <FormAlert state={state} testId={testClockTestIds.createError} />
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <label style={{ flex: '1 1 16rem' }}>
          {texts.name}
          <input
            name="name"
            maxLength={TEST_CLOCK_NAME_MAX}
            placeholder={texts.namePlaceholder}
            aria-invalid={Boolean(state.fieldErrors?.name)}
            data-testid={testClockTestIds.createName}
          />
          <FieldError state={state} name="name" />
        </label>
        <label>
          {texts.timeZone}
          <select
            name="timeZone"
            defaultValue=""
            aria-invalid={Boolean(state.fieldErrors?.timeZone)}
            data-testid={testClockTestIds.createTimeZone}
          >
            <option value="">{texts.shopZone}</option>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <FieldError state={state} name="timeZone" />
        </label>
        <label>
          {texts.startsAt}
          <input
            name="startAt"
            type="datetime-local"
            defaultValue={defaultStartAt}
            aria-invalid={Boolean(state.fieldErrors?.startAt)}
            data-testid={testClockTestIds.createStartAt}
          />
          <FieldError state={state} name="startAt" />
        </label>
      </div>
      <div>
        <SubmitButton testId={testClockTestIds.createSubmit}>{texts.create}</SubmitButton>
      </div>
    </form>
  );
}
