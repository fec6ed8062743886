import { getApiSubscription } from '@/db/queries/api/subscription-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { invalidRequest } from '@/lib/api/api-error';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getSubscription, updateSubscription } from '@/lib/api/operations/subscriptions';
import { presentSubscription } from '@/lib/api/present';
import { serviceRefusal } from '@/lib/api/service-refusal';
import { updateSubscriptionByShop } from '@/lib/services/subscriptions/update-subscription-by-shop';

export const GET = apiHandler(getSubscription, async ({ params }) => ({
  body: presentSubscription(found(await getApiSubscription(REAL_TIME, pathId(params.id, 'subscription')), 'subscription')),
}));

/** Changes what needs no plan change; a plan or quantity is pointed to the plan change (it needs a preview). */
export const PATCH = apiHandler(updateSubscription, async ({ params, body, caller, now }) => {
  const sub = found(await getApiSubscription(REAL_TIME, pathId(params.id, 'subscription')), 'subscription');
  for (const field of ['plan', 'quantity'] as const) {
    if (body[field] !== undefined) {
      throw invalidRequest('use_plan_change', `A change of ${field} is a plan change: preview it with POST /subscriptions/{id}/plan_change_preview and make it with POST /subscriptions/{id}/plan_change.`, field);
    }
  }
  const updated = await updateSubscriptionByShop({
    customerId: sub.customerId,
    subscriptionId: sub.id,
    update: { collection: body.collection, undoStop: body.cancel_at_period_end === false },
    staffUserId: caller.ownerUserId,
    now,
  });
  if (!updated.ok) throw serviceRefusal(updated.error, { what: 'subscription', unprocessable: ['no_payment_method'] });
  return { body: presentSubscription(updated.value) };
});
