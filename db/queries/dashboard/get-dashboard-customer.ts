import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, plans, products, subscriptions } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { customerDetailsColumns } from '@/db/queries/portal/get-customer-details';

/**
 * One customer of the scope as the dashboard's customer page shows it: their details, the
 * self-service switches, and their subscriptions (newest first); null when not in the scope.
 */
export async function getDashboardCustomer(scope: ClockScope, customerId: string) {
  const [customer] = await db
    .select({
      ...customerDetailsColumns,
      canCancel: customers.canCancel,
      canStopNow: customers.canStopNow,
      canPause: customers.canPause,
      canChangePlan: customers.canChangePlan,
      createdAt: customers.createdAt,
      erasedAt: customers.erasedAt,
    })
    .from(customers)
    .where(and(eq(customers.id, customerId), clockCondition(scope)));
  if (!customer) return null;
  const subscriptionRows = await db
    .select({
      id: subscriptions.id,
      productName: products.name,
      planName: plans.name,
      status: subscriptions.status,
      quantity: subscriptions.quantity,
      currency: subscriptions.currency,
      unitPriceMinor: subscriptions.unitPriceMinor,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
      collection: subscriptions.collection,
    })
    .from(subscriptions)
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .innerJoin(products, eq(products.id, plans.productId))
    .where(eq(subscriptions.customerId, customerId))
    .orderBy(desc(subscriptions.createdAt), desc(subscriptions.id));
  return {
    customer: { ...customer, createdAt: customer.createdAt.toISOString(), erasedAt: customer.erasedAt?.toISOString() ?? null },
    subscriptions: subscriptionRows.map((s) => ({ ...s, termPriceMinor: s.unitPriceMinor * s.quantity, currentPeriodEnd: s.currentPeriodEnd.toISOString() })),
  };
}

export type DashboardCustomer = NonNullable<Awaited<ReturnType<typeof getDashboardCustomer>>>;
