'use server';

import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { resolveCart } from '@/lib/services/checkout/resolve-cart';
import { addToCartSchema } from '@/lib/validations/cart';

/** Public: anyone may fill a cart. The id is checked against the catalog before it is kept. */
export async function addToCartAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = addToCartSchema.safeParse(formObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);

  const cart = await readCart();
  const item = parsed.data;
  const sameIndex = cart.items.findIndex((i) =>
    'planId' in item ? i.planId === item.planId : i.productId === item.productId,
  );
  const items = [...cart.items];
  if (sameIndex >= 0) {
    items[sameIndex] = { ...items[sameIndex]!, quantity: item.quantity };
  } else {
    if (items.length >= 20) return { error: 'Your cart is full (20 lines at most).' };
    items.push(item);
  }
  const next = { ...cart, items };
  const check = await resolveCart(db, next);
  if (!check.ok) return { error: check.error };

  await writeCart(next);
  redirect('/cart');
}
