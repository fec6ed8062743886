'use server';

import { publicAction } from '@/lib/actions/safe-action';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { updateQuantitySchema } from '@/lib/validations/cart';

export const updateCartQuantityAction = publicAction({ schema: updateQuantitySchema, revalidate: ['/cart'], flash: 'cart-item' }, async ({ index, quantity }) => {
  const cart = await readCart();
  if (!cart.items[index]) return { error: 'cart_line_gone' };
  const items = cart.items.map((item, i) => (i === index ? { ...item, quantity } : item));
  await writeCart({ ...cart, items });
  return { notice: 'quantity_updated' };
});
