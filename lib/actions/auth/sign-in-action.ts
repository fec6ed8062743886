'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { publicAction } from '@/lib/actions/safe-action';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitSignIn } from '@/lib/rate-limit/request-limits';
import { signInSchema } from '@/lib/validations/auth';

/** The same answer whether or not the address has an account (see verifyPasswordOrDummy). */
const SIGN_IN_REFUSED = 'sign_in_refused';

export const signInAction = publicAction({ schema: signInSchema, flash: 'sign-in' }, async (input, { values }) => {
  const limited = await limitSignIn(await headers(), input.email);
  if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
  try {
    await signIn('credentials', {
      email: input.email,
      password: input.password,
      redirectTo: safeRedirectPath(values.callbackUrl, '/account'),
    });
  } catch (error) {
    // NOTE: a successful sign-in throws Next's redirect; only Auth.js errors are answers here.
    if (error instanceof AuthError) return { error: SIGN_IN_REFUSED };
    throw error;
  }
  return {};
});
