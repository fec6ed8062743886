import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { coupons, customers, retentionOffers, subscriptions } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';

/** A customer who chose to stop: what they were offered instead, and what they did. */
export type RetentionOfferRow = {
  at: string;
  customerName: string;
  customerEmail: string;
  offered: string[];
  couponCode: string | null;
  outcome: string;
  stopReason: string | null;
};

/** The latest answers to the retention offers of the scope's customers, newest first. */
export async function listRetentionOffers(scope: ClockScope, limit = 50): Promise<RetentionOfferRow[]> {
  const rows = await db
    .select({
      at: retentionOffers.createdAt,
      customerName: customers.name,
      customerEmail: customers.email,
      offered: retentionOffers.offered,
      couponCode: coupons.code,
      outcome: retentionOffers.outcome,
      stopReason: subscriptions.stopReason,
    })
    .from(retentionOffers)
    .innerJoin(customers, eq(customers.id, retentionOffers.customerId))
    .innerJoin(subscriptions, eq(subscriptions.id, retentionOffers.subscriptionId))
    .leftJoin(coupons, eq(coupons.id, retentionOffers.couponId))
    .where(clockCondition(scope))
    .orderBy(desc(retentionOffers.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
