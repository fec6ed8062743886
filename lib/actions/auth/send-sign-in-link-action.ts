'use server';

import { AuthError } from 'next-auth';
import { publicAction } from '@/lib/actions/safe-action';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { magicLinkSchema } from '@/lib/validations/auth';

/** E-mails a sign-in link (to the outbox when no e-mail provider is configured). */
export const sendSignInLinkAction = publicAction({ schema: magicLinkSchema }, async (input, { values }) => {
  try {
    await signIn('email', { email: input.email, redirectTo: safeRedirectPath(values.callbackUrl, '/account') });
  } catch (error) {
    if (error instanceof AuthError) return { error: 'We could not send a sign-in link just now. Try again in a minute.' };
    throw error;
  }
  return {};
});
