import { getApiSubscription } from '@/db/queries/api/subscription-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { conflict, found, pathId } from '@/lib/api/found';
import { cancelSubscription } from '@/lib/api/operations/subscriptions';
import { presentSubscription } from '@/lib/api/present';
import { scheduleSubscriptionStop } from '@/lib/services/subscriptions/schedule-subscription-stop';
import { stopSubscriptionNow } from '@/lib/services/subscriptions/stop-subscription-now';

/** Stops a subscription at its term's end or now, through the same services as the dashboard and Min Side. */
export const POST = apiHandler(cancelSubscription, async ({ params, body, caller, now }) => {
  const sub = found(await getApiSubscription(REAL_TIME, pathId(params.id, 'subscription')), 'subscription');
  if (body.at === 'now') {
    const stopped = await stopSubscriptionNow({ subscriptionId: sub.id, staffUserId: caller.ownerUserId, now });
    if (!stopped.ok) throw conflict('subscription_not_running', stopped.error);
  } else {
    const scheduled = await scheduleSubscriptionStop({
      customerId: sub.customerId,
      subscriptionId: sub.id,
      reason: 'other',
      note: null,
      now,
      staffUserId: caller.ownerUserId,
    });
    if (!scheduled.ok) throw conflict(scheduled.error.code, scheduled.error.message);
  }
  return { body: presentSubscription(found(await getApiSubscription(REAL_TIME, sub.id), 'subscription')) };
});
