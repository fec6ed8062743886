'use server';

import { headers } from 'next/headers';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageMessage } from '@/lib/i18n/manage-code';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitSignIn } from '@/lib/rate-limit/request-limits';
import { requestEmailChange } from '@/lib/services/auth/request-email-change';
import { emailChangeSchema } from '@/lib/validations/auth';

/** The owner's new sign-in address: confirmed by a link sent to it before anything changes. */
export const requestEmailChangeAction = merchantAction(
  { to: 'change the owner’s e-mail address', permission: 'staff:manage', schema: emailChangeSchema },
  async ({ currentPassword, newEmail }, { viewer }) => {
    const limited = await limitSignIn(await headers(), viewer.email);
    if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
    const requested = await requestEmailChange({ userId: viewer.userId, currentPassword, newEmail, now: new Date() });
    if (!requested.ok) return requested.error;
    return { notice: manageMessage('emailChangeSent', { email: requested.value.sentTo }) };
  },
);
