'use server';

import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/actions/safe-action';
import { confirmEmailChange } from '@/lib/services/auth/confirm-email-change';
import { emailChangeConfirmSchema } from '@/lib/validations/auth';

/** Opened from the link sent to the new address (the token is the authorisation). */
export const confirmEmailChangeAction = publicAction({ schema: emailChangeConfirmSchema }, async ({ token }) => {
  const confirmed = await confirmEmailChange({ token, now: new Date() });
  if (!confirmed.ok) return confirmed.error;
  redirect('/signin?emailChanged=1');
});
