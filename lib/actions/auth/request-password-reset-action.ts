'use server';

import { headers } from 'next/headers';
import { publicAction } from '@/lib/actions/safe-action';
import { afterResponse } from '@/lib/auth/after-response';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitEmailLink } from '@/lib/rate-limit/request-limits';
import { requestPasswordReset } from '@/lib/services/auth/request-password-reset';
import { passwordResetRequestSchema } from '@/lib/validations/auth';

const PASSWORD_RESET_SENT = 'password_reset_sent';

/** "Forgot your password?": the same answer, at the same speed, for known and unknown addresses. */
export const requestPasswordResetAction = publicAction({ schema: passwordResetRequestSchema }, async ({ email }) => {
  const limited = await limitEmailLink(await headers(), email);
  if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
  const now = new Date();
  await afterResponse(() => requestPasswordReset({ email, now }));
  return { notice: PASSWORD_RESET_SENT };
});
