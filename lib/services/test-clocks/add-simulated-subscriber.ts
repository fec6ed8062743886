import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, testClocks } from '@/db/schema';
import { err, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import type { TestMandateBehaviour } from '@/lib/payments/test-provider-outcomes';
import { subscribeCustomerAt } from './subscribe-customer-at';

export type SimulatedSubscriberInput = {
  clockId: string;
  planId: string;
  quantity?: number;
  couponCode?: string | null;
  autopay?: boolean;
  /** How the autopay mandate's later charges behave (the test provider's sandbox cards). */
  mandate?: TestMandateBehaviour;
  name?: string;
};

/**
 * A simulated customer on a test clock buys a plan through the real checkout services, paying
 * on the test provider, at the clock's time. With `autopay` the payment leaves a mandate and
 * renewals are charged; without it renewals are invoiced and e-mailed. A refusal keeps the
 * checkout's code and values (a coupon that does not apply), so the dashboard words it for the
 * staff member.
 */
export async function addSimulatedSubscriber(input: SimulatedSubscriberInput): Promise<Result<{ customerId: string; orderId: string }, DomainErrorShape>> {
  const [clock] = await db.select().from(testClocks).where(eq(testClocks.id, input.clockId));
  if (!clock) return err(domainError('clock_missing', 'That test clock does not exist.', 'clockId'));
  const [plan] = await db.select().from(plans).where(eq(plans.id, input.planId));
  if (!plan) return err(domainError('plan_missing', 'That plan does not exist.', 'planId'));
  const tag = crypto.randomBytes(4).toString('hex');
  return subscribeCustomerAt({
    testClockId: clock.id,
    name: input.name ?? `Simulated ${tag}`,
    email: `simulated-${tag}@example.invalid`,
    planId: plan.id,
    quantity: input.quantity,
    couponCode: input.couponCode,
    autopay: input.autopay,
    mandate: input.mandate,
    now: clock.frozenTime,
  });
}
