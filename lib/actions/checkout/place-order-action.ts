'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { customerAction } from '@/lib/actions/safe-action';
import { readCart } from '@/lib/cart/cart-cookie';
import { baseUrl } from '@/lib/http/base-url';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';

const CART_CHANGED = 'cart_changed';
const schema = z.object({
  checkoutToken: z.string({ error: CART_CHANGED }).min(16, { error: CART_CHANGED }).max(64, { error: CART_CHANGED }),
});

/** Places the order (once per checkout token) and sends the payer to the provider (or, paid by invoice, to the thank-you page). */
export const placeOrderAction = customerAction({ to: 'place the order', schema, invalid: 'first', flash: 'place-order' }, async ({ checkoutToken }, { viewer }) => {
  const cart = await readCart();
  // The summary shown must be the cart being ordered: a page from another tab or an older cart
  // is refused rather than ordering something the customer did not see.
  if (checkoutToken !== cart.checkoutToken) return { error: CART_CHANGED };
  if (!cart.paymentMethod) return { error: 'choose_payment_method_first' };

  const now = new Date();
  const placed = await placeOrder({
    customerId: viewer.customerId,
    cart,
    paymentMethod: cart.paymentMethod,
    now,
  });
  if (!placed.ok) return placed.error;
  // Paid by invoice: accepted with the order; the thank-you page shows how to pay.
  if (placed.value.order.paymentMethod === 'bank_transfer') redirect(`/checkout/thank-you/${placed.value.order.id}`);

  const started = await startOrderPayment({
    orderId: placed.value.order.id,
    customerId: viewer.customerId,
    baseUrl: await baseUrl(),
    now,
  });
  if (!started.ok) return started.error;
  redirect(started.value.kind === 'redirect' ? started.value.url : `/checkout/thank-you/${started.value.orderId}`);
});
