'use server';

import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { priceCart } from '@/lib/services/checkout/price-cart';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { checkoutDetailsSchema } from '@/lib/validations/cart';

export async function saveCheckoutDetailsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer?.customerId) return { error: 'Your session ended. Sign in again to continue.' };
  const parsed = checkoutDetailsSchema.safeParse(formObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);

  const settings = await getShopSettings(db);
  if (!settings.enabledPaymentMethods.includes(parsed.data.paymentMethod)) {
    return { fieldErrors: { paymentMethod: 'This shop does not offer that payment method. Choose another.' } };
  }
  const cart = await readCart();
  const next = { ...cart, paymentMethod: parsed.data.paymentMethod, shippingMethodId: parsed.data.shippingMethodId ?? null };
  const priced = await priceCart(db, next, new Date());
  if (!priced.ok) return { error: priced.error.message };
  if (priced.value.resolved.needsShipping && priced.value.shippingMethod?.id !== parsed.data.shippingMethodId) {
    return { fieldErrors: { shippingMethodId: 'Choose one of the shipping methods listed.' } };
  }
  await writeCart(next);
  redirect('/checkout/summary');
}
