'use server';

import { headers } from 'next/headers';
import { publicAction } from '@/lib/actions/safe-action';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { clientIp } from '@/lib/rate-limit/client-ip';
import { consumeLimit } from '@/lib/rate-limit/consume-limit';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { confirmRegistration } from '@/lib/services/auth/confirm-registration';
import { confirmRegistrationSchema } from '@/lib/validations/auth';

/**
 * The link in the confirmation mail plus the password chosen at registration: confirms the
 * address, signs in and continues where the customer registered (their checkout).
 */
export const confirmRegistrationAction = publicAction({ schema: confirmRegistrationSchema }, async ({ token, password }, { values }) => {
  // A password is tried here: it counts as a sign-in attempt from this client.
  const limited = await consumeLimit('sign-in-ip', clientIp(await headers()));
  if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
  const confirmed = await confirmRegistration({ token, password, now: new Date() });
  if (!confirmed.ok) return confirmed.error;
  await signIn('credentials', { email: confirmed.value.email, password, redirectTo: safeRedirectPath(values.callbackUrl, '/account') });
  return {};
});
