import type { NextRequest } from 'next/server';
import { hasSessionCookie } from '@/lib/auth/session-cookie';
import { hasFormFlash } from './form-flash-cookie';
import { LOCALE_COOKIE, LOCALE_PARAM, negotiateLocale } from '@/lib/i18n/negotiate';
import type { Locale } from '@/lib/i18n/locales';
import { inlineScriptHashes, keptPlanPage, renderRequestHeaders, type KeptPage } from './plan-page-cache';

const PLAN_PATH = /^\/plans\/([^/]{1,100})$/;
/** The headers of the app's own answer that go with a kept page (the CSP is the kept page's own). */
const KEPT_HEADERS = ['content-type', 'cache-control', 'link', 'vary'];

/**
 * Whether this request gets the kept plan page (plan-page-cache.ts), and in which language: a
 * browser opening a plan page (GET, not the router's RSC fetch) without a session (a signed-in
 * visitor's header and stored language are their own), with no query but `?lang=`. The language
 * follows the rules of every page (negotiateLocale): `?lang=`, the cookie, Accept-Language.
 */
export function anonymousPlanPage(request: NextRequest): { path: string; locale: Locale } | null {
  if (request.method !== 'GET') return null;
  const { pathname, searchParams } = request.nextUrl;
  if (!PLAN_PATH.test(pathname)) return null;
  if ([...searchParams.keys()].some((name) => name !== LOCALE_PARAM)) return null;
  if (request.headers.has('rsc') || request.headers.has('next-action') || request.headers.has('next-router-prefetch')) return null;
  if (hasSessionCookie(request.headers.get('cookie'))) return null;
  // A refused add-to-cart form comes back with its answer: this visitor's page, not everyone's.
  if (hasFormFlash(request.headers.get('cookie'))) return null;
  const locale = negotiateLocale({
    query: searchParams.get(LOCALE_PARAM),
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get('accept-language'),
  });
  return { path: pathname, locale };
}

/**
 * The plan page at `path` in `locale` as a visitor without cookies gets it: kept, or rendered by
 * this server (`origin`) for this process alone. Null when there is none to keep (an unknown
 * product, an error, an answer that sets a cookie): the caller renders per request as usual.
 */
export function keptAnonymousPlanPage(origin: string, path: string, locale: Locale): Promise<KeptPage | null> {
  return keptPlanPage(`${locale} ${path}`, async () => {
    const response = await fetch(new URL(path, origin), { headers: renderRequestHeaders(locale), redirect: 'manual', cache: 'no-store' }).catch(
      (error: unknown) => {
        warnOnce(`[pages] the plan page is rendered per request: this server could not reach itself at ${origin} (${String(error)})`);
        throw error;
      },
    );
    const html = await response.text();
    if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html') || response.headers.has('set-cookie')) return null;
    const headers = KEPT_HEADERS.flatMap((name): [string, string][] => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value]];
    });
    return { html: new TextEncoder().encode(html), headers, scriptHashes: inlineScriptHashes(html) };
  });
}

/**
 * This server's own address, for its render requests: the one `next start` listens on (it sets
 * both variables). Null when it is not known: then there is no kept page.
 *
 * NOTE: never the request's address. It comes from the Host header, which the visitor writes: a
 * render request sent there would hand this process's secret to any host and keep that host's
 * answer as the page every visitor gets.
 */
export function ownOrigin(): string | null {
  const port = process.env.PORT;
  return process.env.__NEXT_PRIVATE_ORIGIN || (port ? `http://localhost:${port}` : null);
}

let warned = false;
/** Said once per process: every visitor still gets the page, only slower. */
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  console.warn(message);
}
