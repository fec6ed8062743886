import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, products, subscriptions } from '@/db/schema';

/** The customer's subscriptions (scoped by customer id), newest first. */
export async function listCustomerSubscriptions(customerId: string) {
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
    })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(products, eq(plans.productId, products.id))
    .where(eq(subscriptions.customerId, customerId))
    .orderBy(desc(subscriptions.startedAt));
}
