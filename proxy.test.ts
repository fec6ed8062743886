import { NextRequest } from 'next/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import nextConfig from './next.config';
import { config, proxy } from './proxy';

afterEach(() => vi.unstubAllEnvs());

const get = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));
const policyOf = (path = '/') => get(path).headers.get('content-security-policy') ?? '';
const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

describe('proxy: the Content-Security-Policy of every page', () => {
  test('allows scripts only with a fresh nonce, no framing, no plugins', () => {
    const policy = policyOf();
    expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]{24}' 'strict-dynamic'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(nonceOf(policyOf())).not.toBe(nonceOf(policy));
  });

  test('hands the same policy to Next.js on the request, so its scripts carry the nonce', () => {
    const response = get('/checkout');
    const forwarded = response.headers.get('x-middleware-request-content-security-policy');
    expect(forwarded).toBe(response.headers.get('content-security-policy'));
  });

  test.each([
    ['next dev (React needs eval for its debugging)', 'development', true],
    ['production', 'production', false],
  ])('%s: unsafe-eval %s', (_label, mode, evalAllowed) => {
    vi.stubEnv('NODE_ENV', mode);
    expect(policyOf().includes("'unsafe-eval'")).toBe(evalAllowed);
  });

  test('asks the browser to upgrade stray http:// requests only when the shop is on https', () => {
    vi.stubEnv('APP_URL', 'https://shop.example.com');
    expect(policyOf()).toContain('upgrade-insecure-requests');
    vi.stubEnv('APP_URL', 'http://localhost:3000');
    expect(policyOf()).not.toContain('upgrade-insecure-requests');
  });

  test('leaves webhooks and static files alone (their bodies must reach the route unbuffered)', () => {
    const [matcher] = config.matcher;
    const matches = (path: string) => new RegExp(`^${matcher}$`).test(path);
    expect(matches('/')).toBe(true);
    expect(matches('/dashboard/outbox')).toBe(true);
    expect(matches('/api/webhooks/stripe')).toBe(false);
    expect(matches('/_next/static/chunks/app.js')).toBe(false);
    // The API reference sets its own policy (scripts from 'self' only, no nonce).
    expect(matches('/docs/api')).toBe(false);
    expect(matches('/docs/api/scalar.js')).toBe(false);
    expect(matches('/docs/apis')).toBe(true);
  });
});

describe('proxy: the test provider', () => {
  test.each(['/test-provider/payments', '/test-provider/pay/tp_0123456789abcdef01234567', '/test-provider'])(
    'answers 404 on %s in production',
    (path) => {
      vi.stubEnv('NODE_ENV', 'production');
      expect(get(path).status).toBe(404);
      vi.stubEnv('KADENS_TEST_PROVIDER', '1');
      expect(get(path).status).toBe(200);
    },
  );

  test('passes its pages on outside production (they check who is asking themselves)', () => {
    expect(get('/test-provider/payments').status).toBe(200);
  });
});

describe('next.config: the headers of every response', () => {
  const headersIn = async (mode: string) => {
    vi.stubEnv('NODE_ENV', mode);
    const [rule] = await nextConfig.headers!();
    return Object.fromEntries(rule!.headers.map(({ key, value }) => [key.toLowerCase(), value]));
  };

  test('nosniff, a referrer policy, a permissions policy and no framing, on every path', async () => {
    const [rule] = await nextConfig.headers!();
    expect(rule!.source).toBe('/:path*');
    expect(await headersIn('development')).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': expect.stringContaining('camera=()'),
      'x-frame-options': 'DENY',
    });
  });

  test('HSTS in production only', async () => {
    expect((await headersIn('production'))['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    expect((await headersIn('development'))['strict-transport-security']).toBeUndefined();
  });

  test('no X-Powered-By', () => {
    expect(nextConfig.poweredByHeader).toBe(false);
  });
});

describe('proxy: ?lang= picks the page language', () => {
  test('a known language reaches the page on our own header and is kept in a cookie', () => {
    const response = get('/plans/trendhouse?lang=nb');
    expect(response.headers.get('x-middleware-request-x-kadens-locale')).toBe('nb');
    expect(response.cookies.get('kadens_locale')?.value).toBe('nb');
  });

  test('an unknown one, or our header sent from outside, changes nothing', () => {
    const forged = proxy(new NextRequest('http://localhost:3000/cart?lang=xx', { headers: { 'x-kadens-locale': 'de' } }));
    expect(forged.headers.get('x-middleware-request-x-kadens-locale')).toBeNull();
    expect(forged.cookies.get('kadens_locale')).toBeUndefined();
  });
});
