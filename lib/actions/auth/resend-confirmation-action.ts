'use server';

import { headers } from 'next/headers';
import { customerAction } from '@/lib/actions/safe-action';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitEmailLink } from '@/lib/rate-limit/request-limits';
import { sendAddressConfirmation } from '@/lib/services/auth/send-address-confirmation';

/** A fresh confirmation link for the signed-in, unconfirmed customer (the old one stops working). */
export const resendConfirmationAction = customerAction({ to: 'confirm your address', unconfirmed: 'allow' }, async (_input, { viewer }) => {
  if (!viewer.unconfirmed) return { notice: 'address_already_confirmed' };
  const limited = await limitEmailLink(await headers(), viewer.email);
  if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
  await sendAddressConfirmation({
    userId: viewer.userId,
    email: viewer.email,
    returnTo: '/account',
    now: new Date(),
  });
  return {
    notice: 'confirmation_resent',
    messageParams: { email: viewer.email },
  };
});
