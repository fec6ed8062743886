'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { normalizeCouponCode } from '@/lib/billing/coupon';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { findApplicableCoupon } from '@/lib/services/checkout/price-cart';
import { resolveCart } from '@/lib/services/checkout/resolve-cart';
import { couponCodeSchema } from '@/lib/validations/cart';

/** Checks the code against this cart now, so the customer hears why it does not apply. */
export async function applyCouponAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = couponCodeSchema.safeParse(formObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  const cart = await readCart();
  const resolved = await resolveCart(db, cart);
  if (!resolved.ok) return { error: resolved.error };
  const coupon = await findApplicableCoupon(db, parsed.data.code, resolved.value, new Date());
  if (!coupon.ok) return { fieldErrors: { code: coupon.error } };
  await writeCart({ ...cart, couponCode: normalizeCouponCode(parsed.data.code) });
  revalidatePath('/cart');
  return { notice: `Coupon ${normalizeCouponCode(parsed.data.code)} applied.` };
}
