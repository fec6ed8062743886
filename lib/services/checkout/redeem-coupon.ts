import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { coupons, orders, type Order } from '@/db/schema';
import { checkRedemptionLimits, type CouponRefusal } from '@/lib/billing/coupon';
import { err, ok, type Result } from '@/lib/billing/result';

/**
 * The orders a customer placed with a coupon and did not cancel (paid, or waiting for payment).
 * Subscriptions only ever get a coupon from their order, so this counts them too.
 */
export async function customerRedemptions(db: DbOrTx, input: { couponId: string; customerId: string; exceptOrderId?: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orders)
    .where(
      and(
        eq(orders.couponId, input.couponId),
        eq(orders.customerId, input.customerId),
        ne(orders.status, 'canceled'),
        input.exceptOrderId ? ne(orders.id, input.exceptOrderId) : undefined,
      ),
    );
  return row?.n ?? 0;
}

/**
 * Counts the order's use of its coupon, in the transaction that places the order: the coupon
 * row is locked, so concurrent checkouts take their turn and the cap and the per-customer
 * limit are checked against every order committed before. Refused: nothing is counted, and the
 * caller rolls the order back.
 */
export async function redeemCoupon(tx: Tx, order: Pick<Order, 'id' | 'couponId' | 'customerId'>): Promise<Result<true, CouponRefusal>> {
  if (!order.couponId) return ok(true);
  return countCouponUse(tx, {
    couponId: order.couponId,
    customerId: order.customerId,
    exceptOrderId: order.id,
  });
}

/**
 * One use of a coupon, by an order or outside one (a retention offer the customer accepts on
 * Min Side), checked against the cap and the per-customer limit and counted, under the coupon's
 * row lock.
 */
export async function countCouponUse(tx: Tx, input: { couponId: string; customerId: string; exceptOrderId?: string }): Promise<Result<true, CouponRefusal>> {
  // NOTE: FOR NO KEY UPDATE, not FOR UPDATE: inserting the order already took a key-share lock
  // on the coupon (its foreign key), which FOR UPDATE would wait on in every other checkout:
  // a deadlock. The counter update below is a no-key update too.
  const [coupon] = await tx.select().from(coupons).where(eq(coupons.id, input.couponId)).for('no key update');
  if (!coupon)
    return err({
      code: 'coupon_inactive',
      message: 'This code is no longer valid.',
    });
  const used = await customerRedemptions(tx, input);
  const allowed = checkRedemptionLimits(coupon, used);
  if (!allowed.ok) return allowed;
  await tx
    .update(coupons)
    .set({ timesRedeemed: sql`${coupons.timesRedeemed} + 1` })
    .where(eq(coupons.id, coupon.id));
  return ok(true);
}

/** A canceled order gives its coupon use back (in the transaction that cancels it). */
export async function releaseCoupon(tx: Tx, order: Pick<Order, 'couponId'>): Promise<void> {
  if (!order.couponId) return;
  await tx
    .update(coupons)
    .set({ timesRedeemed: sql`greatest(${coupons.timesRedeemed} - 1, 0)` })
    .where(eq(coupons.id, order.couponId));
}

/** Thrown inside the order's transaction when its coupon is refused, so the order rolls back. */
export class CouponRefused extends Error {
  constructor(readonly refusal: CouponRefusal) {
    super(refusal.message);
  }
}

/** For `.catch` on the order's transaction: a refused coupon is the customer's answer, not a failure. */
export function answerCouponRefused(error: unknown): Result<never, CouponRefusal & { field: 'coupon' }> {
  if (error instanceof CouponRefused) return err({ ...error.refusal, field: 'coupon' });
  throw error;
}
