import { and, eq, getTableColumns } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, subscriptions, type Subscription } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import type { SubscriptionStatus } from '@/lib/billing/lifecycle';
import { allOf, pageConditions, pageOrder, toPage, type Page, type PageRequest } from './page';

export async function listApiSubscriptions(
  scope: ClockScope,
  page: PageRequest,
  filter: { status?: SubscriptionStatus; customerId?: string },
): Promise<Page<Subscription>> {
  const rows = await db
    .select(getTableColumns(subscriptions))
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .where(
      allOf([
        clockCondition(scope),
        filter.status ? eq(subscriptions.status, filter.status) : undefined,
        filter.customerId ? eq(subscriptions.customerId, filter.customerId) : undefined,
        ...pageConditions(subscriptions, subscriptions.createdAt, subscriptions.id, page),
      ]),
    )
    .orderBy(...pageOrder(subscriptions.createdAt, subscriptions.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

/** One subscription whose customer is in the scope; null otherwise. */
export async function getApiSubscription(scope: ClockScope, id: string): Promise<Subscription | null> {
  const [row] = await db
    .select(getTableColumns(subscriptions))
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .where(and(eq(subscriptions.id, id), clockCondition(scope)));
  return row ?? null;
}
