'use server';

import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/actions/safe-action';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { addCartItem } from '@/lib/services/cart/add-cart-item';
import { addToCartSchema } from '@/lib/validations/cart';

/** Public: anyone may fill a cart. The id is checked against the catalog before it is kept. */
export const addToCartAction = publicAction({ schema: addToCartSchema, flash: 'add-to-cart' }, async (item) => {
  const added = await addCartItem(await readCart(), item);
  if (!added.ok) return added.error;
  await writeCart(added.value);
  redirect('/cart');
});
