import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, plans, products, subscriptions, type Subscription } from '@/db/schema';

/** A simulated customer's subscription with the engine's cursor; dates as ISO strings. */
export type ClockSubscriptionRow = {
  id: string;
  customerId: string;
  customerName: string;
  customerEmail: string;
  productName: string;
  planName: string;
  status: Subscription['status'];
  quantity: number;
  currentTerm: number;
  currentPeriodStart: string;
  currentPeriodEnd: string;
  nextAction: string | null;
  nextActionTerm: number | null;
  nextActionAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The subscriptions of one clock's simulated customers, in the order they were added. */
export async function listClockSubscriptions(clockId: string): Promise<ClockSubscriptionRow[]> {
  const rows = await db
    .select({
      id: subscriptions.id,
      customerId: customers.id,
      customerName: customers.name,
      customerEmail: customers.email,
      productName: products.name,
      planName: plans.name,
      status: subscriptions.status,
      quantity: subscriptions.quantity,
      currentTerm: subscriptions.currentTerm,
      currentPeriodStart: subscriptions.currentPeriodStart,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      nextAction: subscriptions.nextAction,
      nextActionTerm: subscriptions.nextActionTerm,
      nextActionAt: subscriptions.nextActionAt,
      lastError: subscriptions.lastError,
      lastErrorAt: subscriptions.lastErrorAt,
    })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .innerJoin(products, eq(products.id, plans.productId))
    .where(eq(customers.testClockId, clockId))
    .orderBy(asc(subscriptions.createdAt), asc(subscriptions.id));
  return rows.map((row) => ({
    ...row,
    currentPeriodStart: row.currentPeriodStart.toISOString(),
    currentPeriodEnd: row.currentPeriodEnd.toISOString(),
    nextActionAt: iso(row.nextActionAt),
    lastErrorAt: iso(row.lastErrorAt),
  }));
}
