'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { publicAction } from '@/lib/actions/safe-action';
import { afterResponse } from '@/lib/auth/after-response';
import { tooManyAttempts } from '@/lib/rate-limit/limit-answers';
import { limitPayLinkRenewal } from '@/lib/rate-limit/request-limits';
import { sendFreshPayLink } from '@/lib/services/payments/send-fresh-pay-link';

const schema = z.object({
  token: z.string().min(1, { error: 'pay_link_incomplete' }).max(200),
});

/**
 * "E-mail me a new link" on the page of an expired pay link. The new link goes only to the
 * customer's address on file (none is asked for), and the answer is the same whatever happened
 * (a forged token, a paid invoice, a link sent), at the same speed: the work runs after the
 * response. Limited per invoice and per client.
 */
export const requestPayLinkAction = publicAction({ schema, invalid: 'first' }, async ({ token }) => {
  const limited = await limitPayLinkRenewal(await headers(), token.split('.')[0] ?? token);
  if (!limited.ok) return tooManyAttempts(limited.retryAfterSeconds);
  const now = new Date();
  await afterResponse(() => sendFreshPayLink({ token, now }));
  return { notice: 'pay_link_requested' };
});
