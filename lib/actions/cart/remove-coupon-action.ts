'use server';

import { revalidatePath } from 'next/cache';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';

export async function removeCouponAction(): Promise<void> {
  const cart = await readCart();
  await writeCart({ ...cart, couponCode: null });
  revalidatePath('/cart');
}
