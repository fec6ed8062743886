'use server';

import { revalidatePath } from 'next/cache';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { getTestClock } from '@/db/queries/test-clocks/get-test-clock';
import { listSimulationPlans } from '@/db/queries/test-clocks/list-simulation-plans';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { addSimulatedSubscriberSchema } from '@/lib/validations/test-clocks';

/**
 * Merchant staff only: a simulated customer on the clock buys the plan through the real checkout,
 * at the clock's time. A coupon that does not apply, or a plan no longer sold, is answered with
 * the checkout's own message.
 */
export async function addSimulatedSubscriberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!isMerchant(viewer)) return { error: 'Only the shop’s staff can add simulated subscribers. Sign in again.' };
  const parsed = addSimulatedSubscriberSchema.safeParse(formObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  const { clockId, planId, quantity, autopay, mandate, couponCode, name } = parsed.data;
  const [clock, sold] = await Promise.all([getTestClock(clockId), listSimulationPlans()]);
  if (!clock) return { error: 'That test clock does not exist.' };
  if (!sold.some((plan) => plan.id === planId)) {
    return { error: 'Please correct the marked fields.', fieldErrors: { planId: 'That plan is no longer sold. Reload the page and choose another.' } };
  }

  const subscribed = await subscribeSimulatedCustomer({ clockId, planId, quantity, autopay, mandate, couponCode, name });
  if (!subscribed.ok) return { error: subscribed.error };
  revalidatePath(`/dashboard/test-clocks/${clockId}`);
  return { notice: `Simulated subscriber added${autopay ? ' (autopay)' : ' (invoiced by e-mail)'}.` };
}
