'use server';

import { headers } from 'next/headers';
import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { customerAction } from '@/lib/actions/safe-action';
import { getTranslator } from '@/lib/i18n/translator';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitSignIn } from '@/lib/rate-limit/request-limits';
import { requestEmailChange } from '@/lib/services/auth/request-email-change';
import { ownEmailChangeSchema } from '@/lib/validations/auth';

/** Min Side: the customer's new e-mail address, confirmed by a link sent to it before anything changes. */
export const requestOwnEmailChangeAction = customerAction(
  { to: 'change your e-mail address', schema: ownEmailChangeSchema },
  async ({ currentPassword, newEmail }, { viewer }) => {
    // Counted like sign-in attempts: the form checks a password.
    const limited = await limitSignIn(await headers(), viewer.email);
    if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
    const requested = await requestEmailChange({ userId: viewer.userId, currentPassword, newEmail, now: new Date() });
    if (!requested.ok) return requested.error;
    const t = getTranslator(await getCustomerLocale(viewer.customerId), 'customerDetails');
    return { notice: t('emailSent', { email: requested.value.sentTo }) };
  },
);
