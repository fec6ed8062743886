import { err, type Result } from '@/lib/billing/result';
import { addSimulatedSubscriber, type SimulatedSubscriberInput } from './add-simulated-subscriber';

/**
 * A simulated customer on a test clock buys a plan (addSimulatedSubscriber), a refusal as its
 * English message: what scenario tests and fixtures throw when their set-up fails.
 */
export async function subscribeSimulatedCustomer(input: SimulatedSubscriberInput): Promise<Result<{ customerId: string; orderId: string }>> {
  const subscribed = await addSimulatedSubscriber(input);
  return subscribed.ok ? subscribed : err(subscribed.error.message);
}
