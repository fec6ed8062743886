'use server';

import { publicAction } from '@/lib/actions/safe-action';
import { signOut } from '@/lib/auth/auth';

export const signOutAction = publicAction({}, async () => {
  await signOut({ redirectTo: '/' });
});
