import { getApiSubscription } from '@/db/queries/api/subscription-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { changeSubscriptionPlan } from '@/lib/api/operations/subscriptions';
import { planChangeRefusal } from '@/lib/api/plan-change-refusal';
import { changePlan } from '@/lib/services/subscriptions/change-plan';

/**
 * Makes the change through Min Side's service: refused when what is due now is not the previewed
 * `expected_total`, so an integration charges what it showed.
 */
export const POST = apiHandler(changeSubscriptionPlan, async ({ params, body, now }) => {
  const sub = found(await getApiSubscription(REAL_TIME, pathId(params.id, 'subscription')), 'subscription');
  const changed = await changePlan({
    customerId: sub.customerId,
    subscriptionId: sub.id,
    planId: body.plan,
    quantity: body.quantity ?? sub.quantity,
    expectedTotalMinor: body.expected_total,
    now,
    byMerchant: true,
  });
  if (!changed.ok) throw planChangeRefusal(changed.error);
  const done = changed.value;
  return {
    body: {
      object: 'plan_change' as const,
      subscription: sub.id,
      timing: done.timing,
      effective_at: done.effectiveAt.toISOString(),
      plan: body.plan,
      quantity: done.quantity,
      invoice: done.invoice?.id ?? null,
      total: done.invoice?.totalMinor ?? 0,
    },
  };
});
