'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { changePasswordSchema } from '@/lib/validations/auth';
import { changeOwnPassword } from './change-own-password';

/** Dashboard: a staff member's new password; every other device is signed out. */
export const changeStaffPasswordAction = merchantAction({ to: 'change a password', permission: 'read', schema: changePasswordSchema }, (input, { viewer }) =>
  changeOwnPassword(viewer, input, '/dashboard/account?changed=1'),
);
