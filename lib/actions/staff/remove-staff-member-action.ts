'use server';

import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { removeStaffMember } from '@/lib/services/staff/remove-staff-member';
import { removeStaffMemberSchema } from '@/lib/validations/staff';

/** The owner only: removes a staff member; they are signed out on their next request. */
export const removeStaffMemberAction = merchantAction(
  { to: 'manage the staff', permission: 'staff:manage', schema: removeStaffMemberSchema, invalid: 'first', revalidate: ['/dashboard/staff'] },
  async (input, { viewer }) => {
    const removed = await removeStaffMember(input, { staffUserId: viewer.userId });
    if (!removed.ok) return { error: removed.error };
    return { notice: await manageText('staffRemoved', { email: removed.value.email }) };
  },
);
