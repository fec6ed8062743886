'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { signOut } from '@/lib/auth/auth';
import { signOutEverywhere } from '@/lib/services/auth/sign-out-everywhere';

/** Dashboard: ends every session of the staff member, on every device, this one included. */
export const staffSignOutEverywhereAction = merchantAction({ to: 'sign out everywhere', permission: 'read' }, async (_input, { viewer }) => {
  await signOutEverywhere(viewer.userId);
  await signOut({ redirectTo: '/signin?signedOut=everywhere' });
});
