'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { manageText } from '@/lib/actions/request-locale';
import { manageCode } from '@/lib/i18n/manage-code';
import { changeStaffRole } from '@/lib/services/staff/change-staff-role';
import { changeStaffRoleSchema } from '@/lib/validations/staff';

/** The owner only: gives a staff member another role, from their next request on. */
export const changeStaffRoleAction = merchantAction(
  { to: 'manage the staff', permission: 'staff:manage', schema: changeStaffRoleSchema, invalid: 'first', revalidate: ['/dashboard/staff'] },
  async (input, { viewer }) => {
    const changed = await changeStaffRole(input, { staffUserId: viewer.userId });
    if (!changed.ok) return { error: changed.error };
    return { notice: changed.value.changed ? await manageText('staffRoleChanged', { role: input.role }) : manageCode('staffRoleUnchanged') };
  },
);
