import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { coupons } from '@/db/schema';

/** The shop's active coupons, by code, to choose a retention coupon from. */
export async function listCouponChoices(): Promise<{ id: string; code: string }[]> {
  return db.select({ id: coupons.id, code: coupons.code }).from(coupons).where(eq(coupons.active, true)).orderBy(asc(coupons.code));
}
