'use server';

import { publicAction } from '@/lib/actions/safe-action';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { applyCartCoupon } from '@/lib/services/cart/apply-cart-coupon';
import { couponCodeSchema } from '@/lib/validations/cart';

/** Checks the code against this cart now, so the customer hears why it does not apply. */
export const applyCouponAction = publicAction({ schema: couponCodeSchema, revalidate: ['/cart'] }, async ({ code }) => {
  const applied = await applyCartCoupon(await readCart(), code, new Date());
  if (!applied.ok) return applied.error;
  await writeCart(applied.value);
  return { notice: `Coupon ${applied.value.couponCode} applied.` };
});
