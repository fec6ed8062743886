'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { readCart } from '@/lib/cart/cart-cookie';
import { baseUrl } from '@/lib/http/base-url';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';

const schema = z.object({ checkoutToken: z.string().min(16).max(64) });

/** Places the order (once per checkout token) and sends the payer to the provider. */
export async function placeOrderAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer?.customerId) return { error: 'Your session ended. Sign in again to place the order.' };
  const parsed = schema.safeParse(formObject(formData));
  const cart = await readCart();
  // The summary shown must be the cart being ordered: a page from another tab or an older cart
  // is refused rather than ordering something the customer did not see.
  if (!parsed.success || parsed.data.checkoutToken !== cart.checkoutToken) {
    return { error: 'Your cart changed since this page was shown. Check the summary again and press Pay.' };
  }
  if (!cart.paymentMethod) return { error: 'Choose a payment method first.' };

  const now = new Date();
  const placed = await placeOrder({ customerId: viewer.customerId, cart, paymentMethod: cart.paymentMethod, now });
  if (!placed.ok) return { error: placed.error.message };

  const started = await startOrderPayment({
    orderId: placed.value.order.id,
    customerId: viewer.customerId,
    baseUrl: await baseUrl(),
    now,
  });
  if (!started.ok) return { error: started.error };
  redirect(started.value.kind === 'redirect' ? started.value.url : `/checkout/thank-you/${started.value.orderId}`);
}
