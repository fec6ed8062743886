'use server';

import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/actions/safe-action';
import { resetPassword } from '@/lib/services/auth/reset-password';
import { resetPasswordSchema } from '@/lib/validations/auth';

/** A new password through an e-mailed reset link (the token is the authorisation); then sign in. */
export const resetPasswordAction = publicAction({ schema: resetPasswordSchema }, async ({ token, password }) => {
  const reset = await resetPassword({ token, password, now: new Date() });
  if (!reset.ok) return reset.error;
  redirect('/signin?reset=1');
});
