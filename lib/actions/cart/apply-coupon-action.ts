'use server';

import { publicAction } from '@/lib/actions/safe-action';
import { getViewer } from '@/lib/auth/viewer';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { applyCartCoupon } from '@/lib/services/cart/apply-cart-coupon';
import { couponCodeSchema } from '@/lib/validations/cart';

/**
 * Checks the code against this cart now, so the customer hears why it does not apply (a
 * signed-in customer also against the orders they placed with it).
 */
export const applyCouponAction = publicAction({ schema: couponCodeSchema, revalidate: ['/cart'], flash: 'coupon' }, async ({ code }) => {
  const viewer = await getViewer();
  const applied = await applyCartCoupon(await readCart(), code, new Date(), viewer?.customerId ?? null);
  if (!applied.ok) return applied.error;
  await writeCart(applied.value);
  return {
    notice: 'coupon_applied',
    messageParams: { code: applied.value.couponCode ?? code },
  };
});
