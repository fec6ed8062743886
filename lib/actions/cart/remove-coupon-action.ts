'use server';

import { publicAction } from '@/lib/actions/safe-action';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';

export const removeCouponAction = publicAction({ revalidate: ['/cart'], flash: 'coupon' }, async () => {
  const cart = await readCart();
  await writeCart({ ...cart, couponCode: null });
});
