import { NextResponse, type NextRequest } from 'next/server';
import { isTestProviderMounted } from '@/lib/config/test-provider-mounted';
import { contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';
import { LOCALE_COOKIE, LOCALE_HEADER, LOCALE_PARAM, PAGE_PATH_HEADER } from '@/lib/i18n/negotiate';
import { isLocale } from '@/lib/i18n/locales';

const TEST_PROVIDER_PATH = /^\/test-provider(\/|$)/;

/**
 * Runs before every page: a Content-Security-Policy with a fresh nonce (Next.js reads it from the
 * request's policy and puts it on its scripts, so pages must render per request, as ours do),
 * a 404 for the test provider's pages where it is not mounted, and the language a `?lang=` asks
 * for. The pages and actions check the first two again themselves: this is the outer wall, not
 * the only one.
 */
export function proxy(request: NextRequest): NextResponse {
  if (TEST_PROVIDER_PATH.test(request.nextUrl.pathname) && !isTestProviderMounted()) {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    dev: process.env.NODE_ENV === 'development',
    https: (process.env.APP_URL ?? '').startsWith('https://'),
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // `?lang=nb` writes this page in that language and keeps it (a cookie) for the next ones; the
  // header is ours alone, so one sent from outside is dropped.
  const lang = request.nextUrl.searchParams.get(LOCALE_PARAM);
  headers.delete(LOCALE_HEADER);
  if (isLocale(lang)) headers.set(LOCALE_HEADER, lang);
  headers.set(PAGE_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  if (isLocale(lang)) response.cookies.set(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
  return response;
}

export const config = {
  // NOTE: not /api: webhook bodies must reach their route unbuffered (it reads them under a
  // size cap; proxy would buffer up to 10 MB first), and JSON needs no CSP. Not static files. Not
  // the API reference (docs/api): it sets its own, stricter policy (scripts from 'self' only).
  matcher: ['/((?!api/|docs/api(?:/|$)|_next/static|_next/image|favicon.ico).*)'],
};
