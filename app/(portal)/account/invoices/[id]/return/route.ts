import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { findReturnedPayment } from '@/db/queries/payments/find-returned-payment';
import { requestLocale } from '@/lib/auth/request-locale';
import { publicOrigin } from '@/lib/config/public-origin';
import { customerAnswer } from '@/lib/http/customer-answer';
import { settleInvoicePayment } from '@/lib/services/payments/settle-invoice-payment';

const query = z.object({ payment: z.uuid() });

/**
 * Where the provider sends a customer back after paying an invoice. It asks the provider what
 * happened (never trusts the URL) and settles; replaying it, or a webhook racing it, changes nothing.
 * A refusal is plain text in the payer's language.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success || !z.uuid().safeParse(id).success) return customerAnswer(await requestLocale(request), 'return_link_malformed', 400);
  const known = await findReturnedPayment(parsed.data.payment, { kind: 'invoice', invoiceId: id });
  if (!known) return customerAnswer(await requestLocale(request), 'payment_unknown', 404);
  const result = await settleInvoicePayment({ paymentId: known.id, now: new Date() });
  const to = new URL(`/account/invoices/${id}`, publicOrigin());
  to.searchParams.set('payment', result.status);
  return NextResponse.redirect(to, 303);
}
