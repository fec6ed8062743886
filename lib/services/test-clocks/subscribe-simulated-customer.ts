import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, testClocks } from '@/db/schema';
import { err, type Result } from '@/lib/billing/result';
import type { TestMandateBehaviour } from '@/lib/payments/test-provider-outcomes';
import { subscribeCustomerAt } from './subscribe-customer-at';

/**
 * A simulated customer on a test clock buys a plan through the real checkout services, paying
 * on the test provider, at the clock's time. With `autopay` the payment leaves a mandate and
 * renewals are charged; without it renewals are invoiced and e-mailed.
 */
export async function subscribeSimulatedCustomer(input: {
  clockId: string;
  planId: string;
  quantity?: number;
  couponCode?: string | null;
  autopay?: boolean;
  /** How the autopay mandate's later charges behave (the test provider's sandbox cards). */
  mandate?: TestMandateBehaviour;
  name?: string;
}): Promise<Result<{ customerId: string; orderId: string }>> {
  const [clock] = await db.select().from(testClocks).where(eq(testClocks.id, input.clockId));
  if (!clock) return err('That test clock does not exist.');
  const [plan] = await db.select().from(plans).where(eq(plans.id, input.planId));
  if (!plan) return err('That plan does not exist.');
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
