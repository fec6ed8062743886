'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { signOut } from '@/lib/auth/auth';
import { signOutEverywhere } from '@/lib/services/auth/sign-out-everywhere';

/** Min Side: ends every session of the customer, on every device, this one included. */
export const signOutEverywhereAction = customerAction({ to: 'sign out everywhere' }, async (_input, { viewer }) => {
  await signOutEverywhere(viewer.userId);
  await signOut({ redirectTo: '/signin?signedOut=everywhere' });
});
