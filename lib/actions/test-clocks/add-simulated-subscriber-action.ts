'use server';

import { getTestClock } from '@/db/queries/test-clocks/get-test-clock';
import { listSimulationPlans } from '@/db/queries/test-clocks/list-simulation-plans';
import { merchantAction } from '@/lib/actions/safe-action';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { addSimulatedSubscriberSchema } from '@/lib/validations/test-clocks';

/**
 * Merchant staff only: a simulated customer on the clock buys the plan through the real checkout,
 * at the clock's time. A coupon that does not apply, or a plan no longer sold, is answered with
 * the checkout's own message.
 */
export const addSimulatedSubscriberAction = merchantAction(
  {
    to: 'add simulated subscribers',
    permission: 'test-clocks:write',
    schema: addSimulatedSubscriberSchema,
    revalidate: ({ clockId }) => [`/dashboard/test-clocks/${clockId}`],
  },
  async (input) => {
    const [clock, sold] = await Promise.all([getTestClock(input.clockId), listSimulationPlans()]);
    if (!clock) return { error: 'That test clock does not exist.' };
    if (!sold.some((plan) => plan.id === input.planId)) {
      return { error: 'Please correct the marked fields.', fieldErrors: { planId: 'That plan is no longer sold. Reload the page and choose another.' } };
    }
    const subscribed = await subscribeSimulatedCustomer(input);
    if (!subscribed.ok) return { error: subscribed.error };
    return { notice: `Simulated subscriber added${input.autopay ? ' (autopay)' : ' (invoiced by e-mail)'}.` };
  },
);
