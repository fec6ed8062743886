import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { guardRoute } from '@/lib/auth/guards';
import { publicOrigin } from '@/lib/config/public-origin';
import { completeMethodSetup } from '@/lib/services/payment-methods/complete-method-setup';

const query = z.object({ setup: z.uuid() });

/**
 * Where the provider sends the customer back from saving a payment method. It asks the provider
 * what happened (never trusts the URL) and stores the method; replaying it changes nothing. Only
 * the setup's own customer: anyone else gets a 404.
 */
export async function GET(request: NextRequest) {
  const guard = await guardRoute(
    { who: 'customer' },
    { signedOut: 'Sign in to save your payment method.', forbidden: 'Only customers can save a payment method here.' },
  );
  if (!guard.ok) return guard.response;
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: 'This return link is malformed: it needs ?setup=<id>.' }, { status: 400 });
  const result = await completeMethodSetup({ customerId: guard.viewer.customerId, setupId: parsed.data.setup, now: new Date() });
  if (!result.ok) return NextResponse.json({ error: result.error.message }, { status: 404 });
  const to = new URL('/account/payment-methods', publicOrigin());
  to.searchParams.set('setup', result.value.status);
  if (result.value.invoiceId) to.searchParams.set('invoice', result.value.invoiceId);
  return NextResponse.redirect(to, 303);
}
