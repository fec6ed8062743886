'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { changeStaffRoleAction } from '@/lib/actions/staff/change-staff-role-action';
import { removeStaffMemberAction } from '@/lib/actions/staff/remove-staff-member-action';
import { STAFF_ROLES, type StaffRole } from '@/lib/auth/permissions';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { StaffTexts } from './staff-texts';
import { staffTestIds as ids } from './test-ids';

/** A staff member's role picker and the remove button (which asks first). */
export function StaffMemberControls({ userId, email, role, texts }: { userId: string; email: string; role: StaffRole; texts: StaffTexts }) {
  const [changed, change] = useActionState(changeStaffRoleAction, initialActionState);
  const [removed, remove] = useActionState(removeStaffMemberAction, initialActionState);
  return (
    <div className="stack">
      <div className="row">
        <form action={change} className="row">
          <input type="hidden" name="userId" value={userId} />
          <select name="role" defaultValue={role} aria-label={fillTemplate(texts.roleOf, { email })} data-testid={ids.roleSelect}>
            {STAFF_ROLES.map((option) => (
              <option key={option} value={option}>
                {texts.roleNames[option]}
              </option>
            ))}
          </select>
          <SubmitButton className="secondary" testId={ids.roleSubmit}>
            {texts.changeRole}
          </SubmitButton>
        </form>
        <form
          action={remove}
          onSubmit={(event) => {
            if (!window.confirm(fillTemplate(texts.confirmRemove, { email }))) event.preventDefault();
          }}
        >
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton className="secondary" testId={ids.remove}>
            {texts.remove}
          </SubmitButton>
        </form>
      </div>
      <FormAlert state={changed.error || changed.notice ? changed : removed} />
    </div>
  );
}
