'use server';

import { getTestClock } from '@/db/queries/test-clocks/get-test-clock';
import { listSimulationPlans } from '@/db/queries/test-clocks/list-simulation-plans';
import { requestLocale } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
import { localizeError } from '@/lib/i18n/localize-message';
import { addSimulatedSubscriber } from '@/lib/services/test-clocks/add-simulated-subscriber';
import { addSimulatedSubscriberSchema } from '@/lib/validations/test-clocks';

/**
 * Merchant staff only: a simulated customer on the clock buys the plan through the real checkout,
 * at the clock's time. A coupon that does not apply, or a plan no longer sold, is answered with
 * the checkout's own message, in the staff member's language.
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
    if (!clock) return { error: manageCode('clockMissing') };
    if (!sold.some((plan) => plan.id === input.planId)) {
      return { error: manageCode('correctFields'), fieldErrors: { planId: manageCode('simPlanGone') } };
    }
    const subscribed = await addSimulatedSubscriber(input);
    // The checkout's refusals are coded in the catalog's `errors` (what a customer reads at the checkout).
    if (!subscribed.ok) return { error: localizeError(await requestLocale(), subscribed.error) };
    return { notice: manageMessage('simAdded', { autopay: input.autopay ? 'yes' : 'no' }) };
  },
);
