'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { publicAction } from '@/lib/actions/safe-action';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitEmailLink } from '@/lib/rate-limit/request-limits';
import { magicLinkSchema } from '@/lib/validations/auth';

/**
 * E-mails a sign-in link (to the outbox when no e-mail provider is configured). Known and
 * unknown addresses land on the same "check your e-mail" page (lib/auth/auth.ts).
 */
export const sendSignInLinkAction = publicAction({ schema: magicLinkSchema, flash: 'sign-in-link' }, async (input, { values }) => {
  const limited = await limitEmailLink(await headers(), input.email);
  if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
  try {
    await signIn('email', {
      email: input.email,
      redirectTo: safeRedirectPath(values.callbackUrl, '/account'),
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: 'sign_in_link_failed' };
    throw error;
  }
  return {};
});
