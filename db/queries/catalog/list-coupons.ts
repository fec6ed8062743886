import { asc } from 'drizzle-orm';
import { db } from '@/db/client';
import { coupons, type Coupon } from '@/db/schema';

/** A coupon as the dashboard lists and edits it. */
export type CouponRow = Coupon;

/** Every coupon, active or not, by code: what the merchant edits. */
export async function listCoupons(): Promise<CouponRow[]> {
  return db.select().from(coupons).orderBy(asc(coupons.code));
}
