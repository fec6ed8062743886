import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db/client';
import { customers, plans, products, subscriptions } from '@/db/schema';

/**
 * One of the customer's subscriptions (scoped by customer id) with the plans it may change to:
 * the active plans of its product in its currency, its own plan first among them by position.
 * Null when it is not theirs.
 */
export async function getPlanChangeOptions(customerId: string, subscriptionId: string) {
  const scheduled = alias(plans, 'scheduled_plan');
  const [sub] = await db
    .select({
      id: subscriptions.id,
      status: subscriptions.status,
      planId: subscriptions.planId,
      productId: plans.productId,
      productName: products.name,
      planName: plans.name,
      quantity: subscriptions.quantity,
      unitPriceMinor: subscriptions.unitPriceMinor,
      currency: subscriptions.currency,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
      intervalUnit: plans.intervalUnit,
      intervalCount: plans.intervalCount,
      scheduledPlanName: scheduled.name,
      scheduledQuantity: subscriptions.scheduledQuantity,
      customerCanChangePlan: customers.canChangePlan,
      nextTermInvoiced: sql<boolean>`exists (select 1 from invoices i where i.subscription_id = ${subscriptions.id} and i.term > ${subscriptions.currentTerm} and i.status <> 'void')`,
    })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(products, eq(plans.productId, products.id))
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .leftJoin(scheduled, eq(subscriptions.scheduledPlanId, scheduled.id))
    .where(and(eq(subscriptions.id, subscriptionId), eq(subscriptions.customerId, customerId)));
  if (!sub) return null;
  const choices = await db
    .select({
      id: plans.id,
      name: plans.name,
      priceMinor: plans.priceMinor,
      currency: plans.currency,
      intervalUnit: plans.intervalUnit,
      intervalCount: plans.intervalCount,
      productId: plans.productId,
    })
    .from(plans)
    .where(and(eq(plans.productId, sub.productId), eq(plans.currency, sub.currency), eq(plans.active, true)))
    .orderBy(asc(plans.position), asc(plans.name));
  return { subscription: sub, plans: choices };
}

export type PlanChangeOptions = NonNullable<Awaited<ReturnType<typeof getPlanChangeOptions>>>;
