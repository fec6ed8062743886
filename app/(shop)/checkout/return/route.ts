import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { findReturnedPayment } from '@/db/queries/payments/find-returned-payment';
import { requestLocale } from '@/lib/auth/request-locale';
import { clearCart } from '@/lib/cart/cart-cookie';
import { publicOrigin } from '@/lib/config/public-origin';
import { customerAnswer } from '@/lib/http/customer-answer';
import { settlePayment } from '@/lib/services/checkout/settle-payment';

const query = z.object({ payment: z.uuid() });

/**
 * Where the provider sends the payer back. It asks the provider what happened (never trusts the
 * URL) and settles; replaying this URL, or a webhook racing it, changes nothing. A refusal is
 * plain text in the payer's language.
 */
export async function GET(request: NextRequest) {
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return customerAnswer(await requestLocale(request), 'return_link_malformed', 400);
  const known = await findReturnedPayment(parsed.data.payment, { kind: 'order' });
  if (!known) return customerAnswer(await requestLocale(request), 'payment_unknown', 404);

  const result = await settlePayment({ paymentId: known.id, now: new Date() });
  const to = new URL(publicOrigin());
  if (result.status === 'paid') {
    await clearCart();
    to.pathname = `/checkout/thank-you/${result.orderId}`;
  } else {
    to.pathname = `/checkout/failed/${result.orderId}`;
    to.searchParams.set('status', result.status);
  }
  return NextResponse.redirect(to, 303);
}
