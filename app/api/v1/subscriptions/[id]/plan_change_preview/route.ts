import { getApiSubscription } from '@/db/queries/api/subscription-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { previewSubscriptionPlanChange } from '@/lib/api/operations/subscriptions';
import { planChangeRefusal } from '@/lib/api/plan-change-refusal';
import { previewPlanChange } from '@/lib/services/subscriptions/preview-plan-change';

/** What a change would do, from the same quote Min Side shows its customer (writes nothing). */
export const POST = apiHandler(previewSubscriptionPlanChange, async ({ params, body, now }) => {
  const sub = found(await getApiSubscription(REAL_TIME, pathId(params.id, 'subscription')), 'subscription');
  const preview = await previewPlanChange({
    customerId: sub.customerId,
    subscriptionId: sub.id,
    planId: body.plan,
    quantity: body.quantity ?? sub.quantity,
    now,
    byMerchant: true,
  });
  if (!preview.ok) throw planChangeRefusal(preview.error);
  const p = preview.value;
  return {
    body: {
      object: 'plan_change_preview' as const,
      subscription: sub.id,
      timing: p.timing,
      effective_at: p.effectiveAt.toISOString(),
      plan: p.planId,
      plan_name: p.planName,
      quantity: p.quantity,
      currency: p.currency,
      term_amount: p.termAmountMinor,
      lines: p.lines.map((l) => ({ description: l.description, amount: l.amountMinor, tax: l.taxMinor, tax_rate_bp: l.taxRateBp })),
      total: p.totalMinor,
      tax: p.taxMinor,
      days_unused: p.daysUnused,
      days_in_period: p.daysInPeriod,
    },
  };
});
