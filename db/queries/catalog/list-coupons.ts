import { asc } from 'drizzle-orm';
import { db } from '@/db/client';
import { coupons, type Coupon } from '@/db/schema';

/** Every coupon, active or not, by code: what the merchant edits. */
export async function listCoupons(): Promise<Coupon[]> {
  return db.select().from(coupons).orderBy(asc(coupons.code));
}
