import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { POST } from './route';

afterEach(() => vi.unstubAllEnvs());

const delivery = (ip: string) =>
  POST(new NextRequest('http://localhost:3000/api/webhooks/nope', { method: 'POST', body: '{}', headers: { 'x-forwarded-for': ip } }), {
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
