'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { addStaffMemberAction } from '@/lib/actions/staff/add-staff-member-action';
import { STAFF_ROLES } from '@/lib/auth/permissions';
import type { StaffTexts } from './staff-texts';
import { staffTestIds as ids } from './test-ids';

/** Adds a staff member by e-mail address, with a role; they get a sign-in link. */
export function AddStaffMemberForm({ texts }: { texts: StaffTexts }) {
  const [state, action] = useActionState(addStaffMemberAction, initialActionState);
  const values = 'values' in state ? (state.values as Record<string, string>) : {};
  return (
    <form action={action} className="stack" key={state.notice ?? 'form'}>
      <FormAlert state={state} />
      <div className="row">
        <label>
          {texts.email}
          <input name="email" type="email" required defaultValue={values.email} data-testid={ids.addEmail} />
          <FieldError state={state} name="email" />
        </label>
        <label>
          {texts.name}
          <input name="name" defaultValue={values.name} data-testid={ids.addName} />
        </label>
        <label>
          {texts.role}
          <select name="role" defaultValue={values.role ?? 'support'} data-testid={ids.addRole}>
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {texts.roleNames[role]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div>
        <SubmitButton testId={ids.addSubmit}>{texts.addSubmit}</SubmitButton>
      </div>
    </form>
  );
}
