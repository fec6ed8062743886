import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// Auth.js itself needs Next's runtime: it stands in here, answering as it would (a redirect).
const authJs = vi.hoisted(() => ({ POST: vi.fn(async () => new Response(null, { status: 302 })), GET: vi.fn() }));
vi.mock('@/lib/auth/auth', () => ({ handlers: authJs }));

const { POST } = await import('./route');

beforeEach(() => authJs.POST.mockClear());
afterEach(() => vi.unstubAllEnvs());

const post = (path: string, email: string) =>
  POST(
    new NextRequest(`http://localhost:3000/api/auth/${path}`, {
      method: 'POST',
      body: new URLSearchParams({ email, password: 'a guess', csrfToken: 'x' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': randomUUID() },
    }),
  );

describe('Auth.js’s own sign-in routes count against the same limits as the forms', () => {
  test.each([
    ['callback/credentials', 'KADENS_RATE_LIMIT_SIGN_IN_EMAIL'],
    ['signin/email', 'KADENS_RATE_LIMIT_EMAIL_LINK_EMAIL'],
  ])('POST %s: 429 with Retry-After once the address’s limit is spent', async (path, setting) => {
    vi.stubEnv(setting, '2/900');
    const email = `route-${randomUUID()}@example.com`;
    expect((await post(path, email)).status).toBe(302);
    expect((await post(path, email)).status).toBe(302);
    const limited = await post(path, email.toUpperCase());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(authJs.POST).toHaveBeenCalledTimes(2);
  });

  test('other Auth.js POSTs (sign out) are not counted', async () => {
    vi.stubEnv('KADENS_RATE_LIMIT_SIGN_IN_EMAIL', '1/900');
    const email = `signout-${randomUUID()}@example.com`;
    for (let i = 0; i < 3; i++) expect((await post('signout', email)).status).toBe(302);
  });
});
