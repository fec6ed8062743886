import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { coupons, type Coupon } from '@/db/schema';

/** One coupon to edit; null when unknown. The id must be a valid uuid. */
export async function getCoupon(id: string): Promise<Coupon | null> {
  const [row] = await db.select().from(coupons).where(eq(coupons.id, id)).limit(1);
  return row ?? null;
}
