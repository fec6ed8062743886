import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db/client';
import { customers, plans, products, subscriptions } from '@/db/schema';

/** The customer's subscriptions (scoped by customer id), newest first. */
export async function listCustomerSubscriptions(customerId: string) {
  const scheduledPlan = alias(plans, 'scheduled_plan');
  return db
    .select({
      id: subscriptions.id,
      status: subscriptions.status,
      quantity: subscriptions.quantity,
      unitPriceMinor: subscriptions.unitPriceMinor,
      currency: subscriptions.currency,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      trialEndsAt: subscriptions.trialEndsAt,
      commitmentEndsAt: subscriptions.commitmentEndsAt,
      startedAt: subscriptions.startedAt,
      productName: products.name,
      planName: plans.name,
      intervalUnit: plans.intervalUnit,
      intervalCount: plans.intervalCount,
      cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
      // A pause: asked for (from the term's end), running, and when it ends by itself.
      pauseAtPeriodEnd: subscriptions.pauseAtPeriodEnd,
      pauseResumesAt: subscriptions.pauseResumesAt,
      pausedAt: subscriptions.pausedAt,
      customerCanPause: customers.canPause,
      planId: subscriptions.planId,
      couponId: subscriptions.couponId,
      // The merchant lets this customer stop subscriptions (with the shop's customersCanStop).
      customerCanStop: customers.canCancel,
      // The merchant lets this customer stop at once (with the shop's customersCanStopNow).
      customerCanStopNow: customers.canStopNow,
      // The merchant lets this customer change plans (with the shop's customersCanChangePlan).
      customerCanChangePlan: customers.canChangePlan,
      // A change scheduled for the next renewal, shown with a way to cancel it.
      scheduledPlanName: scheduledPlan.name,
      scheduledQuantity: subscriptions.scheduledQuantity,
      // A term after the running one is invoiced already: a stop now would come too late.
      nextTermInvoiced: sql<boolean>`exists (select 1 from invoices i where i.subscription_id = ${subscriptions.id} and i.term > ${subscriptions.currentTerm} and i.status <> 'void')`,
    })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(products, eq(plans.productId, products.id))
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .leftJoin(scheduledPlan, eq(subscriptions.scheduledPlanId, scheduledPlan.id))
    .where(eq(subscriptions.customerId, customerId))
    .orderBy(desc(subscriptions.startedAt));
}
