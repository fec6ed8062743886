'use server';

import { publicAction } from '@/lib/actions/safe-action';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { removeItemSchema } from '@/lib/validations/cart';

export const removeCartItemAction = publicAction({ schema: removeItemSchema, revalidate: ['/cart'], flash: 'cart-item' }, async ({ index }) => {
  const cart = await readCart();
  await writeCart({ ...cart, items: cart.items.filter((_, i) => i !== index) });
});
