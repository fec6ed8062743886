'use server';

import { AuthError } from 'next-auth';
import { publicAction } from '@/lib/actions/safe-action';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { signInSchema } from '@/lib/validations/auth';

export const signInAction = publicAction({ schema: signInSchema }, async (input, { values }) => {
  try {
    await signIn('credentials', {
      email: input.email,
      password: input.password,
      redirectTo: safeRedirectPath(values.callbackUrl, '/account'),
    });
  } catch (error) {
    // NOTE: a successful sign-in throws Next's redirect; only Auth.js errors are answers here.
    if (error instanceof AuthError) return { error: 'That e-mail and password do not match an account.' };
    throw error;
  }
  return {};
});
