'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { changePasswordSchema } from '@/lib/validations/auth';
import { changeOwnPassword } from './change-own-password';

/** Min Side: a customer's new password; every other device is signed out. */
export const changePasswordAction = customerAction({ to: 'change your password', schema: changePasswordSchema }, (input, { viewer }) =>
  changeOwnPassword(viewer, input, '/account/security?changed=1'),
);
