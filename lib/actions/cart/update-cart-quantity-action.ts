'use server';

import { revalidatePath } from 'next/cache';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { updateQuantitySchema } from '@/lib/validations/cart';

export async function updateCartQuantityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = updateQuantitySchema.safeParse(formObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  const cart = await readCart();
  if (!cart.items[parsed.data.index]) return { error: 'That line is no longer in your cart.' };
  const items = cart.items.map((item, i) => (i === parsed.data.index ? { ...item, quantity: parsed.data.quantity } : item));
  await writeCart({ ...cart, items });
  revalidatePath('/cart');
  return { notice: 'Quantity updated.' };
}
