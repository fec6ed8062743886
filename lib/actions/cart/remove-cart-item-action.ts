'use server';

import { revalidatePath } from 'next/cache';
import { formObject } from '@/lib/actions/action-state';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { removeItemSchema } from '@/lib/validations/cart';

export async function removeCartItemAction(formData: FormData): Promise<void> {
  const parsed = removeItemSchema.safeParse(formObject(formData));
  if (!parsed.success) return;
  const cart = await readCart();
  await writeCart({ ...cart, items: cart.items.filter((_, i) => i !== parsed.data.index) });
  revalidatePath('/cart');
}
