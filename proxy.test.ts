import { createHash } from 'node:crypto';
import { NextRequest, type NextResponse } from 'next/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { forgetStorefrontReads } from '@/db/queries/catalog/storefront-memo';
import { RENDER_HEADER, renderRequestHeaders, renderRequestLocale } from '@/lib/http/plan-page-cache';
import nextConfig from './next.config';
import { config, proxy } from './proxy';

afterEach(() => vi.unstubAllEnvs());

// Outside production (as here) every page is rendered per request: the answer is at hand.
const get = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`)) as NextResponse;
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
    const forged = proxy(new NextRequest('http://localhost:3000/cart?lang=xx', { headers: { 'x-kadens-locale': 'de' } })) as NextResponse;
    expect(forged.headers.get('x-middleware-request-x-kadens-locale')).toBeNull();
    expect(forged.cookies.get('kadens_locale')).toBeUndefined();
  });
});

describe('proxy: a refused server form’s answer (lib/http/form-flash.ts)', () => {
  const withFlash = (method: string, extra: Record<string, string> = {}) =>
    proxy(new NextRequest('http://localhost:3000/cart', { method, headers: { cookie: 'kadens_form_flash=enc:v1:abc', ...extra } })) as NextResponse;

  test('reaches the next page asked for on our own header, and the cookie is forgotten', () => {
    const response = withFlash('GET');
    expect(response.headers.get('x-middleware-request-x-kadens-form-flash')).toBe('enc:v1:abc');
    expect(response.cookies.get('kadens_form_flash')?.value).toBe('');
  });

  test('not to an action (it writes its own answer), and our header sent from outside is dropped', () => {
    const response = withFlash('POST', { 'x-kadens-form-flash': 'enc:v1:forged' });
    expect(response.headers.get('x-middleware-request-x-kadens-form-flash')).toBeNull();
    expect(response.cookies.get('kadens_form_flash')).toBeUndefined();
  });
});

describe('proxy: the plan page kept for visitors without a session', () => {
  const PAGE = '<html lang="nb"><body><script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>';
  const renders: { url: string; headers: Headers }[] = [];
  const app = vi.fn(async (url: URL | string, init?: RequestInit) => {
    renders.push({ url: String(url), headers: new Headers(init?.headers) });
    return new Response(PAGE, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' } });
  });
  // The visitor's Host is not where the render goes: that is the address `next start` listens on.
  const visit = async (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`https://shop.example.com${path}`, { headers }));

  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('PORT', '3000');
    vi.stubGlobal('fetch', app);
    forgetStorefrontReads();
    renders.length = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  test('is the app’s own render, sent with the hashes of its inline scripts instead of a nonce', async () => {
    const response = await visit('/plans/trendhouse', { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.8' });
    expect(await response.text()).toBe(PAGE);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`script-src 'self' 'sha256-${createHash('sha256').update('self.__next_f.push([1,"x"])').digest('base64')}';`);
    const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src')) ?? '';
    expect(scripts).not.toMatch(/nonce|unsafe-inline|strict-dynamic/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('cache-control')).toContain('no-store');
    // Rendered as a visitor without cookies in the negotiated language, by this process alone.
    expect(renders).toHaveLength(1);
    expect(renders[0]!.url).toBe('http://localhost:3000/plans/trendhouse');
    expect(renderRequestLocale(renders[0]!.headers.get(RENDER_HEADER))).toBe('nb');
    expect(renders[0]!.headers.get('cookie')).toBeNull();
  });

  test('one render per language, kept for the next visitors', async () => {
    await visit('/plans/trendhouse', { 'accept-language': 'de' });
    await visit('/plans/trendhouse', { 'accept-language': 'de-AT' });
    await visit('/plans/trendhouse', { cookie: 'kadens_locale=de' });
    await visit('/plans/trendhouse?lang=nl');
    await visit('/plans/trendhouse', { cookie: 'kadens_locale=de', 'accept-language': 'nl' });
    expect(renders.map((render) => renderRequestLocale(render.headers.get(RENDER_HEADER)))).toEqual(['de', 'nl']);
  });

  test('?lang= picks the language and keeps it in the cookie, over the cookie and the browser', async () => {
    const response = await visit('/plans/trendhouse?lang=nb', { cookie: 'kadens_locale=de', 'accept-language': 'nl' });
    expect(renderRequestLocale(renders[0]!.headers.get(RENDER_HEADER))).toBe('nb');
    expect(response.cookies.get('kadens_locale')?.value).toBe('nb');
  });

  test.each([
    ['a signed-in visitor (their header, their stored language)', '/plans/trendhouse', { cookie: 'authjs.session-token=abc' }],
    ['a signed-in visitor on https', '/plans/trendhouse', { cookie: 'kadens_locale=nl; __Secure-authjs.session-token.0=abc' }],
    ['the router’s RSC fetch', '/plans/trendhouse', { rsc: '1' }],
    ['another query (the switcher returns to it)', '/plans/trendhouse?utm_source=mail', {}],
    ['another page', '/cart', {}],
  ])('%s: rendered per request with a nonce', async (_label, path, headers) => {
    const response = await visit(path, headers);
    expect(renders).toHaveLength(0);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[\w+/=]{24}' 'strict-dynamic'/);
  });

  test('no kept page when the app has none to give (unknown product, error): rendered per request', async () => {
    app.mockResolvedValueOnce(new Response('Not found', { status: 404, headers: { 'content-type': 'text/html' } }));
    const response = await visit('/plans/nope');
    expect(response.headers.get('x-middleware-next')).toBe('1');
    expect(response.headers.get('content-security-policy')).toMatch(/'nonce-/);
  });

  test('the render request: the asked language, the page’s own address, no nonce for Next.js to put on the scripts', async () => {
    const response = await visit('/plans/trendhouse', { ...renderRequestHeaders('de'), 'x-kadens-locale': 'nl' });
    expect(renders).toHaveLength(0);
    expect(response.headers.get('x-middleware-request-x-kadens-locale')).toBe('de');
    expect(response.headers.get('x-middleware-request-x-kadens-path')).toBe('/plans/trendhouse');
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBeNull();
    expect(response.headers.get(`x-middleware-request-${RENDER_HEADER}`)).toBeNull();
    // Nor in its answer's policy (Next.js reads that one too); should it ever reach a browser, its inline scripts do not run.
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
  });

  test('never rendered at the address the request names (its Host): without a known own address, rendered per request', async () => {
    vi.stubEnv('PORT', '');
    vi.stubEnv('__NEXT_PRIVATE_ORIGIN', '');
    const response = await visit('/plans/trendhouse', { host: 'attacker.example' });
    expect(renders).toHaveLength(0);
    expect(response.headers.get('content-security-policy')).toMatch(/'nonce-/);
  });

  test('a render header with a wrong secret is a visitor’s request like any other', async () => {
    await visit('/plans/trendhouse', { [RENDER_HEADER]: 'guessed de' });
    expect(renders).toHaveLength(1);
  });
});
