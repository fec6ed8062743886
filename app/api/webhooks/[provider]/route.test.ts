import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { WEBHOOK_BODY_LIMIT_BYTES } from '@/lib/http/read-limited-body';
import { signTestWebhook, TEST_SIGNATURE_HEADER } from '@/lib/payments/test-provider-webhook';

const params = (provider: string) => ({ params: Promise.resolve({ provider }) });
const PAYMENT = JSON.stringify({ id: 'tp_0123456789abcdef01234567' });

function webhookRequest(body: string, signature = signTestWebhook(body)) {
  return new Request('http://shop.test/api/webhooks/test', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TEST_SIGNATURE_HEADER]: signature },
    body,
  }) as never;
}

/** The route as a fresh process would load it: the provider registry is read once per process. */
async function loadRoute() {
  vi.resetModules();
  return (await import('./route')).POST;
}

afterEach(() => vi.unstubAllEnvs());

describe('POST /api/webhooks/[provider]', () => {
  test('refuses a body over the limit with 413, before verifying it', async () => {
    const POST = await loadRoute();
    // Validly signed, so only its size can be what refuses it.
    const oversized = JSON.stringify({ id: 'tp_0123456789abcdef01234567', padding: 'x'.repeat(WEBHOOK_BODY_LIMIT_BYTES) });
    const response = await POST(webhookRequest(oversized), params('test'));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: expect.stringContaining('too large') });
  });

  test('a body within the limit is read and verified as before (a forged signature is a 401)', async () => {
    const POST = await loadRoute();
    const response = await POST(webhookRequest(PAYMENT, 'sha256=forged'), params('test'));
    expect(response.status).toBe(401);
  });

  test('in production the test provider’s webhook is a 404, even correctly signed', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const POST = await loadRoute();
    expect((await POST(webhookRequest(PAYMENT), params('test'))).status).toBe(404);
  });

  test('in production with KADENS_TEST_PROVIDER=1 it is accepted', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('KADENS_TEST_PROVIDER', '1');
    const POST = await loadRoute();
    const response = await POST(webhookRequest(PAYMENT), params('test'));
    expect(response.status).toBe(200);
  });
});

const delivery = async (ip: string) =>
  (await loadRoute())(new NextRequest('http://localhost:3000/api/webhooks/nope', { method: 'POST', body: '{}', headers: { 'x-forwarded-for': ip } }), {
    params: Promise.resolve({ provider: 'nope' }),
  });

describe('webhook deliveries are rate limited by sender', () => {
  test('past the limit: 429 with a message and Retry-After, before anything is read', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_WEBHOOK_IP', '2/60');
    const ip = `203.0.113.9-${randomUUID()}`;
    expect((await delivery(ip)).status).toBe(404);
    expect((await delivery(ip)).status).toBe(404);
    const limited = await delivery(ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await limited.json()).toEqual({ error: expect.stringMatching(/^Too many requests\. Please try again in (\d+ seconds?|1 minute)\.$/) });
    // Another sender is not affected.
    expect((await delivery(`203.0.113.10-${randomUUID()}`)).status).toBe(404);
  });
});
