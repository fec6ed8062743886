import { NextResponse, type NextRequest } from 'next/server';
import { isTestProviderMounted } from '@/lib/config/test-provider-mounted';
import { anonymousPlanPage, keptAnonymousPlanPage, ownOrigin } from '@/lib/http/anonymous-plan-page';
import { FORM_FLASH_COOKIE, FORM_FLASH_HEADER } from '@/lib/http/form-flash-cookie';
import { RENDER_HEADER, renderRequestLocale } from '@/lib/http/plan-page-cache';
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
 *
 * The plan page of a visitor without a session is the exception: it is answered here from the
 * page kept for its language (lib/http/plan-page-cache.ts), with a CSP of that page's script
 * hashes instead of a nonce.
 */
export function proxy(request: NextRequest): NextResponse | Promise<NextResponse> {
  if (TEST_PROVIDER_PATH.test(request.nextUrl.pathname) && !isTestProviderMounted()) {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const renderLocale = renderRequestLocale(request.headers.get(RENDER_HEADER));
  // NOTE: not under `next dev`: its pages change with every edit and load scripts a kept page's
  // hashes do not name.
  if (renderLocale === null && process.env.NODE_ENV === 'production') {
    const kept = anonymousPlanPage(request);
    if (kept) return keptOrRendered(request, kept.path, kept.locale);
  }
  return perRequest(request, renderLocale);
}

async function keptOrRendered(request: NextRequest, path: string, locale: Parameters<typeof keptAnonymousPlanPage>[2]): Promise<NextResponse> {
  const origin = ownOrigin();
  const page = origin ? await keptAnonymousPlanPage(origin, path, locale) : null;
  if (!page) return perRequest(request, null);
  const response = new NextResponse(page.html, { status: 200, headers: page.headers });
  response.headers.set('Content-Security-Policy', policy({ scriptHashes: page.scriptHashes }));
  keepLanguage(request, response);
  return response;
}

/**
 * The page rendered for this request. `renderLocale`: this server's own render of a kept page
 * (plan-page-cache.ts): in that language, for the page's own address, with no nonce in the
 * request (its scripts are allowed by hash where it is served).
 */
function perRequest(request: NextRequest, renderLocale: string | null): NextResponse {
  const nonced = policy({ nonce: newNonce() });
  const headers = new Headers(request.headers);
  headers.delete(RENDER_HEADER);
  if (renderLocale === null) headers.set('content-security-policy', nonced);
  // `?lang=nb` writes this page in that language and keeps it (a cookie) for the next ones; the
  // header is ours alone, so one sent from outside is dropped.
  const lang = renderLocale ?? request.nextUrl.searchParams.get(LOCALE_PARAM);
  headers.delete(LOCALE_HEADER);
  if (isLocale(lang)) headers.set(LOCALE_HEADER, lang);
  // A refused server form's answer (lib/http/form-flash.ts) is shown by the one page asked for
  // next, and forgotten: going back or reloading later shows the form fresh. The header is ours
  // alone, so one sent from outside is dropped.
  headers.delete(FORM_FLASH_HEADER);
  const flash = request.method === 'GET' ? request.cookies.get(FORM_FLASH_COOKIE)?.value : undefined;
  if (flash) headers.set(FORM_FLASH_HEADER, flash);
  headers.set(PAGE_PATH_HEADER, renderLocale === null ? `${request.nextUrl.pathname}${request.nextUrl.search}` : request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers } });
  // NOTE: Next.js also hands the response's headers to the page as request headers, so a render
  // request's answer gets a policy without a nonce (none for Next.js to put on the kept page's
  // scripts), which, should it ever reach a browser, runs none of its inline scripts.
  response.headers.set('Content-Security-Policy', renderLocale === null ? nonced : policy({ scriptHashes: [] }));
  if (renderLocale === null) keepLanguage(request, response);
  if (flash) response.cookies.delete(FORM_FLASH_COOKIE);
  return response;
}

function keepLanguage(request: NextRequest, response: NextResponse): void {
  const lang = request.nextUrl.searchParams.get(LOCALE_PARAM);
  if (isLocale(lang)) response.cookies.set(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
}

function policy(scripts: { nonce: string } | { scriptHashes: string[] }): string {
  return contentSecurityPolicy({
    ...scripts,
    dev: process.env.NODE_ENV === 'development',
    https: (process.env.APP_URL ?? '').startsWith('https://'),
  });
}

export const config = {
  // NOTE: not /api: webhook bodies must reach their route unbuffered (it reads them under a
  // size cap; proxy would buffer up to 10 MB first), and JSON needs no CSP. Not static files. Not
  // the API reference (docs/api): it sets its own, stricter policy (scripts from 'self' only).
  matcher: ['/((?!api/|docs/api(?:/|$)|_next/static|_next/image|favicon.ico).*)'],
};
