import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { readLimitedBody, WEBHOOK_BODY_LIMIT_BYTES } from '@/lib/http/read-limited-body';
import { isProviderId, providerById } from '@/lib/payments/providers';
import { tooManyRequests } from '@/lib/rate-limit/limit-answers';
import { limitWebhook } from '@/lib/rate-limit/request-limits';
import { completeProviderSetup } from '@/lib/services/payment-methods/complete-method-setup';
import { takeEarlyProviderEvent } from '@/lib/services/payments/early-provider-events';
import { syncProviderPayment } from '@/lib/services/payments/sync-provider-payment';

const params = z.object({ provider: z.string().regex(/^[a-z]+$/) });

/**
 * Payment provider webhooks (test, mollie, stripe). The provider verifies the delivery (a
 * signature, or for Mollie an id we read back), then every payment it names is read back from
 * the provider and applied: a duplicate or out-of-order delivery converges on the same state.
 * A payment not stored yet is acknowledged (200) and kept, to be applied once its row has the
 * provider's id (a webhook can beat our own commit); one never matched is dropped after a day. A body
 * over the size limit is refused (413) before it is read whole or verified; a provider that is
 * not configured here (the test provider in production) is a 404.
 */
export async function POST(request: NextRequest, context: { params: Promise<{ provider: string }> }) {
  const limited = await limitWebhook(request.headers);
  if (!limited.ok) return tooManyRequests(limited.retryAfterSeconds);
  const parsed = params.safeParse(await context.params);
  if (!parsed.success || !isProviderId(parsed.data.provider)) {
    return NextResponse.json({ error: 'No such payment provider.' }, { status: 404 });
  }
  const provider = providerById(parsed.data.provider);
  const body = await readLimitedBody(request, WEBHOOK_BODY_LIMIT_BYTES);
  if (!body.ok) {
    return NextResponse.json({ error: `Webhook body too large: at most ${WEBHOOK_BODY_LIMIT_BYTES} bytes.` }, { status: 413 });
  }
  const verified = await provider.parseWebhook({ headers: request.headers, rawBody: body.value });
  if (!verified.ok) return NextResponse.json({ error: verified.message }, { status: verified.status });
  const now = new Date();
  const handled = [];
  for (const providerPaymentId of verified.providerPaymentIds) {
    const synced = await syncProviderPayment({ provider: provider.id, providerPaymentId, now });
    // Not a payment of ours: perhaps a payment method being saved (Mollie's setup payment).
    const setup = synced.outcome === 'unknown' ? await completeProviderSetup({ provider: provider.id, providerSetupId: providerPaymentId, now }) : null;
    // A setup's webhook was kept as early news of a payment: it is none, so it is dropped.
    if (setup) await takeEarlyProviderEvent({ provider: provider.id, providerPaymentId });
    handled.push(setup ? { providerPaymentId, outcome: 'setup' as const } : synced);
  }
  return NextResponse.json({ ok: true, handled });
}
