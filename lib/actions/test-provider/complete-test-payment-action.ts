'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAction } from '@/lib/actions/safe-action';
import { decideTestCheckout } from '@/lib/payments/test-provider-events';
import { TEST_OUTCOMES, type TestOutcome } from '@/lib/payments/test-provider-outcomes';

const schema = z.object({
  id: z.string().regex(/^tp_[0-9a-f]{24}$/),
  outcome: z.enum(Object.keys(TEST_OUTCOMES) as [TestOutcome, ...TestOutcome[]]),
});

/**
 * The payer's choice on the test provider's page (open to anyone who has the payment's link, like
 * a provider's hosted page). The first decision is final: a second click or a replayed form finds
 * the payment closed and just returns.
 */
export const completeTestPaymentAction = publicAction({ schema }, async ({ id, outcome }) => {
  const { status, reason, kind, mandate } = TEST_OUTCOMES[outcome];
  const payment = await decideTestCheckout(id, { status, failureReason: reason, failureKind: kind, mandate, at: new Date() });
  if (!payment) notFound();
  redirect(payment.returnUrl);
});
