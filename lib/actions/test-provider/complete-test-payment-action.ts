'use server';

import { notFound } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
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
 *
 * NOTE: it answers with the return URL, which the page opens as a new document, as a browser
 * coming back from Mollie or Stripe does. A redirect from the action would be followed inside the
 * app's router instead, leaving the address bar on the return route (a route handler) and
 * breaking the next form posted from the page it redirected to.
 */
export type TestPaymentState = ActionState & { returnUrl?: string };

export const completeTestPaymentAction = publicAction({ schema }, async ({ id, outcome }): Promise<TestPaymentState> => {
  requireTestProviderMounted();
  if (!(await mayActOnTestPayment(await getViewer(), id))) notFound();
  const { status, reason, kind, mandate } = OUTCOMES[outcome];
  const payment = await decideTestCheckout(id, { status, failureReason: reason, failureKind: kind, mandate, at: new Date() });
  if (!payment) notFound();
  return { returnUrl: payment.returnUrl };
});
