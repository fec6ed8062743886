import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { coupons, type Coupon } from '@/db/schema';

/** The shop's retention coupon by its id (from the settings), or null. Shop-wide: not a customer's row. */
export async function getRetentionCoupon(couponId: string | null): Promise<Coupon | null> {
  if (!couponId) return null;
  const [coupon] = await db.select().from(coupons).where(eq(coupons.id, couponId));
  return coupon ?? null;
}
