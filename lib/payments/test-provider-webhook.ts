import crypto from 'node:crypto';
import { z } from 'zod';
import type { WebhookRequest, WebhookResult } from './types';

/**
 * The test provider signs its webhooks like Stripe does (HMAC-SHA256 of the raw body), so the
 * route's verification is exercised by the embedded default too.
 *
 * NOTE: there is no built-in default: a published one let anyone post a signed "paid" webhook.
 * TEST_PROVIDER_WEBHOOK_SECRET when set, else a key derived from AUTH_SECRET (which every app
 * instance shares and nobody outside knows).
 */
export function testWebhookSecret(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.TEST_PROVIDER_WEBHOOK_SECRET?.trim();
  if (configured) return configured;
  const authSecret = env.AUTH_SECRET?.trim();
  if (!authSecret) throw new Error('The test provider has no webhook secret: set AUTH_SECRET (or TEST_PROVIDER_WEBHOOK_SECRET).');
  return crypto.createHmac('sha256', authSecret).update('kadens/test-provider-webhook').digest('base64url');
}

export const TEST_SIGNATURE_HEADER = 'x-test-provider-signature';

export function signTestWebhook(rawBody: string, secret = testWebhookSecret()): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

const bodySchema = z.object({ id: z.string().regex(/^tp_[0-9a-f]{24}$/, 'id must be a test provider payment id') });

export async function parseTestWebhook(request: WebhookRequest): Promise<WebhookResult> {
  const signature = request.headers.get(TEST_SIGNATURE_HEADER);
  if (!signature) return { ok: false, status: 400, message: `Missing ${TEST_SIGNATURE_HEADER} header` };
  const expected = Buffer.from(signTestWebhook(request.rawBody));
  const given = Buffer.from(signature);
  // Constant-time comparison: a forged signature learns nothing from how long the check took.
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
    return { ok: false, status: 401, message: 'Webhook signature does not match' };
  }
  let json: unknown;
  try {
    json = JSON.parse(request.rawBody);
  } catch {
    return { ok: false, status: 400, message: 'Webhook body is not JSON' };
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]!.message };
  return { ok: true, providerPaymentIds: [parsed.data.id] };
}
