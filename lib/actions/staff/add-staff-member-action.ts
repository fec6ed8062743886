'use server';

import { AuthError } from 'next-auth';
import { merchantAction } from '@/lib/actions/safe-action';
import { signIn } from '@/lib/auth/auth';
import { manageText } from '@/lib/actions/request-locale';
import { addStaffMember } from '@/lib/services/staff/add-staff-member';
import { addStaffMemberSchema } from '@/lib/validations/staff';

/**
 * The owner only: adds a staff member with a role and e-mails them a sign-in link (the same link
 * anyone gets from the sign-in page; when it expires they ask for another there).
 */
export const addStaffMemberAction = merchantAction(
  { to: 'manage the staff', permission: 'staff:manage', schema: addStaffMemberSchema, keepValues: true, revalidate: ['/dashboard/staff'] },
  async (input, { viewer }) => {
    const added = await addStaffMember(input, { staffUserId: viewer.userId });
    if (!added.ok) return { error: added.error, fieldErrors: { email: added.error } };
    try {
      await signIn('email', { email: input.email, redirectTo: '/dashboard', redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return { notice: await manageText('staffAddedNoLink', { email: input.email, role: input.role }) };
    }
    return { notice: await manageText('staffAdded', { email: input.email, role: input.role }) };
  },
);
