'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAction } from '@/lib/actions/safe-action';
import { getViewer } from '@/lib/auth/viewer';
import { decideTestCheckout } from '@/lib/payments/test-provider-events';
import { TEST_OUTCOMES, TEST_SETUP_OUTCOMES } from '@/lib/payments/test-provider-outcomes';
import { mayActOnTestPayment, requireTestProviderMounted } from './test-provider-access';

const schema = z.object({
  id: z.string().regex(/^tp_[0-9a-f]{24}$/),
  outcome: z.enum([...new Set([...Object.keys(TEST_OUTCOMES), ...Object.keys(TEST_SETUP_OUTCOMES)])] as [Outcome, ...Outcome[]]),
});

const OUTCOMES = { ...TEST_OUTCOMES, ...TEST_SETUP_OUTCOMES };
type Outcome = keyof typeof OUTCOMES;

/**
 * The payer's choice on the test provider's hosted page. Not mounted (production): a 404. Else
 * only the shop's staff or the signed-in customer the payment is for may decide it (checked here,
 * not by a wrapper: the rule is "staff or this payment's customer"); anyone else gets a 404 too.
 * The first decision is final: a second click or a replayed form finds the payment closed and
 * just returns.
 */
export const completeTestPaymentAction = publicAction({ schema }, async ({ id, outcome }) => {
  requireTestProviderMounted();
  if (!(await mayActOnTestPayment(await getViewer(), id))) notFound();
  const { status, reason, kind, mandate } = OUTCOMES[outcome];
  const payment = await decideTestCheckout(id, { status, failureReason: reason, failureKind: kind, mandate, at: new Date() });
  if (!payment) notFound();
  redirect(payment.returnUrl);
});
