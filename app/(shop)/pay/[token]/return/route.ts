import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { findReturnedPayment } from '@/db/queries/payments/find-returned-payment';
import { publicOrigin } from '@/lib/config/public-origin';
import { requestLocale } from '@/lib/auth/request-locale';
import { customerAnswer, customerTooManyRequests } from '@/lib/http/customer-answer';
import { limitPayLink } from '@/lib/rate-limit/request-limits';
import { verifyPayLinkToken } from '@/lib/services/payments/pay-link';
import { settleInvoicePayment } from '@/lib/services/payments/settle-invoice-payment';

const query = z.object({ payment: z.uuid() });

/**
 * Back from the provider after paying through a pay link: settle (asking the provider), then show
 * the result. A refusal is plain text in the payer's language: a browser shows it.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ token: string }> }) {
  const locale = await requestLocale(request);
  const limited = await limitPayLink(request.headers);
  if (!limited.ok) return customerTooManyRequests(locale, limited.retryAfterSeconds);
  const { token } = await context.params;
  // Coming back from a payment started while the link worked: settled even if it expired since.
  const invoiceId = verifyPayLinkToken(token)?.invoiceId;
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!invoiceId || !parsed.success) return customerAnswer(locale, 'return_link_malformed', 400);
  const known = await findReturnedPayment(parsed.data.payment, { kind: 'invoice', invoiceId });
  if (!known) return customerAnswer(locale, 'payment_unknown', 404);
  const result = await settleInvoicePayment({ paymentId: known.id, now: new Date() });
  const to = new URL(`/pay/${token}`, publicOrigin());
  to.searchParams.set('payment', result.status);
  return NextResponse.redirect(to, 303);
}
