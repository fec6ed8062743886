import { NextResponse, type NextRequest } from 'next/server';
import { isTestProviderMounted } from '@/lib/config/test-provider-mounted';
import { contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';

const TEST_PROVIDER_PATH = /^\/test-provider(\/|$)/;

/**
 * Runs before every page: a Content-Security-Policy with a fresh nonce (Next.js reads it from the
 * request's policy and puts it on its scripts, so pages must render per request, as ours do),
 * and a 404 for the test provider's pages where it is not mounted. The pages and actions check
 * both again themselves: this is the outer wall, not the only one.
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
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // NOTE: not /api: webhook bodies must reach their route unbuffered (it reads them under a
  // size cap; proxy would buffer up to 10 MB first), and JSON needs no CSP. Not static files.
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
