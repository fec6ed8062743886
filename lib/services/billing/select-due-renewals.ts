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

/** What of a customer a renewal needs: the snapshot frozen on the invoice, and its clock. */
export type RenewalCustomer = Pick<
  Customer,
  | 'id'
  | 'testClockId'
  | 'name'
  | 'email'
  | 'companyName'
  | 'vatId'
  | 'addressLine1'
  | 'addressLine2'
  | 'postalCode'
  | 'city'
  | 'country'
  | 'balanceMinor'
>;

export type DueRenewal = {
  subscription: Subscription;
  plan: Plan;
  product: Product;
  customer: RenewalCustomer;
  coupon: Coupon | null;
  /** Where a campaign plan moves the subscription after its offer terms (plans.next_plan_id). */
  nextPlan: { plan: Plan; product: Product } | null;
};

const customerColumns = {
  id: customers.id,
  testClockId: customers.testClockId,
  name: customers.name,
  email: customers.email,
  companyName: customers.companyName,
  vatId: customers.vatId,
  addressLine1: customers.addressLine1,
  addressLine2: customers.addressLine2,
  postalCode: customers.postalCode,
  city: customers.city,
  country: customers.country,
  balanceMinor: customers.balanceMinor,
};

/**
 * Locks up to `limit` subscriptions whose next renewal action is due at `now`.
 *
 * NOTE: FOR UPDATE SKIP LOCKED: two sweeps (or a sweep and an Inngest step) never take the same
 * subscription; the one that comes second simply does not see it. Plans, products and coupons are
 * read once per batch by id instead of joined: a join would repeat a plan's thirty columns on
 * every one of thousands of rows, and decoding them was a measurable part of the bill run.
 */
export async function selectDueRenewals(
  tx: Tx,
  input: { now: Date; scope: ClockScope; limit: number; exclude?: string[]; subscriptionIds?: string[] },
): Promise<DueRenewal[]> {
  const rows = await tx
    .select({ subscription: subscriptions, customer: customerColumns })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
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
  if (rows.length === 0) return [];

  const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
  const planRows = await loadPlans(tx, distinct(rows.map((r) => r.subscription.planId)));
  const nextPlanIds = distinct(planRows.map((p) => p.plan.nextPlanId)).filter((id) => !planRows.some((p) => p.plan.id === id));
  if (nextPlanIds.length) planRows.push(...(await loadPlans(tx, nextPlanIds)));
  const couponIds = distinct(rows.map((r) => r.subscription.couponId));
  const couponRows = couponIds.length ? await tx.select().from(coupons).where(inArray(coupons.id, couponIds)) : [];
  const planById = new Map(planRows.map((p) => [p.plan.id, p]));
  const couponById = new Map(couponRows.map((c) => [c.id, c]));

  return rows.map(({ subscription, customer }) => {
    const { plan, product } = planById.get(subscription.planId)!;
    const coupon = subscription.couponId ? (couponById.get(subscription.couponId) ?? null) : null;
    const nextPlan = plan.nextPlanId ? (planById.get(plan.nextPlanId) ?? null) : null;
    return { subscription, customer, plan, product, coupon, nextPlan };
  });
}

function loadPlans(tx: Tx, ids: string[]) {
  return tx.select({ plan: plans, product: products }).from(plans).innerJoin(products, eq(plans.productId, products.id)).where(inArray(plans.id, ids));
}
