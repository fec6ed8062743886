'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { changeStaffRoleAction } from '@/lib/actions/staff/change-staff-role-action';
import { removeStaffMemberAction } from '@/lib/actions/staff/remove-staff-member-action';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@/lib/auth/permissions';
import { staffTestIds as ids } from './test-ids';

/** A staff member's role picker and the remove button (which asks first). */
export function StaffMemberControls({ userId, email, role }: { userId: string; email: string; role: StaffRole }) {
  const [changed, change] = useActionState(changeStaffRoleAction, initialActionState);
  const [removed, remove] = useActionState(removeStaffMemberAction, initialActionState);
  return (
    <div className="stack">
      <div className="row">
        <form action={change} className="row">
          <input type="hidden" name="userId" value={userId} />
          <select name="role" defaultValue={role} aria-label={`Role of ${email}`} data-testid={ids.roleSelect}>
            {STAFF_ROLES.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </select>
          <SubmitButton className="secondary" testId={ids.roleSubmit}>
            Change role
          </SubmitButton>
        </form>
        <form
          action={remove}
          onSubmit={(event) => {
            if (!window.confirm(`Remove ${email} from the staff? They are signed out at once.`)) event.preventDefault();
          }}
        >
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton className="secondary" testId={ids.remove}>
            Remove
          </SubmitButton>
        </form>
      </div>
      <FormAlert state={changed.error || changed.notice ? changed : removed} />
    </div>
  );
}
