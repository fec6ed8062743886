import { and, asc, eq, inArray, isNotNull, lte, notInArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  coupons,
  customers,
  plans,
  products,
  subscriptions,
  type Coupon,
  type Customer,
  type Plan,
  type Product,
  type Subscription,
} from '@/db/schema';
import { clockCondition, type ClockScope } from './clock-scope';

export type DueRenewal = {
  subscription: Subscription;
  plan: Plan;
  product: Product;
  customer: Customer;
  coupon: Coupon | null;
};

/**
 * Locks up to `limit` subscriptions whose next renewal action is due at `now`.
 *
 * NOTE: FOR UPDATE SKIP LOCKED: two sweeps (or a sweep and an Inngest step) never take the same
 * subscription; the one that comes second simply does not see it.
 */
export async function selectDueRenewals(
  tx: Tx,
  input: { now: Date; scope: ClockScope; limit: number; exclude?: string[]; subscriptionIds?: string[] },
): Promise<DueRenewal[]> {
  const rows = await tx
    .select({ subscription: subscriptions, plan: plans, product: products, customer: customers, coupon: coupons })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(products, eq(plans.productId, products.id))
    .leftJoin(coupons, eq(subscriptions.couponId, coupons.id))
    .where(
      and(
        isNotNull(subscriptions.nextActionAt),
        lte(subscriptions.nextActionAt, input.now),
        clockCondition(input.scope),
        input.exclude?.length ? notInArray(subscriptions.id, input.exclude) : undefined,
        input.subscriptionIds ? inArray(subscriptions.id, input.subscriptionIds) : undefined,
      ),
    )
    .orderBy(asc(subscriptions.nextActionAt))
    .limit(input.limit)
    .for('update', { of: subscriptions, skipLocked: true });
  return rows;
}
