'use server';

import { publicAction } from '@/lib/actions/safe-action';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { updateQuantitySchema } from '@/lib/validations/cart';

export const updateCartQuantityAction = publicAction({ schema: updateQuantitySchema, revalidate: ['/cart'] }, async ({ index, quantity }) => {
  const cart = await readCart();
  if (!cart.items[index]) return { error: 'That line is no longer in your cart.' };
  const items = cart.items.map((item, i) => (i === index ? { ...item, quantity } : item));
  await writeCart({ ...cart, items });
  return { notice: 'Quantity updated.' };
});
