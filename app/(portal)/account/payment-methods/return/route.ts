import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { guardCustomerRoute } from '@/lib/auth/guards';
import { publicOrigin } from '@/lib/config/public-origin';
import { customerAnswer } from '@/lib/http/customer-answer';
import { completeMethodSetup } from '@/lib/services/payment-methods/complete-method-setup';

const query = z.object({ setup: z.uuid() });

/**
 * Where the provider sends the customer back from saving a payment method. It asks the provider
 * what happened (never trusts the URL) and stores the method; replaying it changes nothing. Only
 * the setup's own customer: anyone else gets a 404. Refusals are plain text in their language.
 */
export async function GET(request: NextRequest) {
  const guard = await guardCustomerRoute(request, { signedOut: 'sign_in_to_save_method', forbidden: 'methods_for_customers' });
  if (!guard.ok) return guard.response;
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return customerAnswer(guard.locale, 'return_link_malformed', 400);
  const result = await completeMethodSetup({ customerId: guard.viewer.customerId, setupId: parsed.data.setup, now: new Date() });
  if (!result.ok) return customerAnswer(guard.locale, 'setup_unknown', 404);
  const to = new URL('/account/payment-methods', publicOrigin());
  to.searchParams.set('setup', result.value.status);
  if (result.value.invoiceId) to.searchParams.set('invoice', result.value.invoiceId);
  return NextResponse.redirect(to, 303);
}
