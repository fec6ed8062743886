import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { dunningPlans, orderLines, plans } from '@/db/schema';
import { DEFAULT_REMINDER_PROCESS } from '@/db/seed-defaults';
import { orderDunningSteps, type OrderDunningStep } from '@/lib/billing/order-dunning';
import { dunningStepsFor, type EngineContext } from '../engine-context';

/**
 * The reminder process an unpaid order (access on payment) is followed up on: that of its first
 * subscription line's plan (the plan the customer chose first, as leadSubscriptionOf picks for
 * an order whose subscriptions started), or the shop's standard process when that plan has none.
 * Read again at every step, like a subscription's process: an edit applies to the next step.
 */
export async function orderReminderSteps(db: DbOrTx, orderId: string, ctx: EngineContext): Promise<OrderDunningStep[]> {
  const [first] = await db
    .select({ dunningPlanId: plans.dunningPlanId })
    .from(orderLines)
    .innerJoin(plans, eq(plans.id, orderLines.planId))
    .where(and(eq(orderLines.orderId, orderId), eq(orderLines.kind, 'subscription')))
    .orderBy(asc(orderLines.position))
    .limit(1);
  if (!first) return [];
  const processId = first.dunningPlanId ?? (await standardProcessId(db));
  return orderDunningSteps(dunningStepsFor(ctx, processId));
}

async function standardProcessId(db: DbOrTx): Promise<string | null> {
  const [row] = await db.select({ id: dunningPlans.id }).from(dunningPlans).where(eq(dunningPlans.name, DEFAULT_REMINDER_PROCESS)).limit(1);
  return row?.id ?? null;
}
