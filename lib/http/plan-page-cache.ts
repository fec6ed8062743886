import { createHash, timingSafeEqual } from 'node:crypto';
import { storefrontGeneration } from '@/db/queries/catalog/storefront-memo';

/**
 * The plan page as an anonymous visitor gets it, rendered once per language and product and kept
 * in this process for a few seconds, so the page every visitor opens costs what a static file
 * costs: proxy.ts answers from here (bench:pages measures it against robots.txt).
 *
 * The app renders it itself: proxy.ts asks this server for the page over loopback with a secret
 * header of this process (renderRequestHeaders), as a visitor without cookies in that language.
 * The page is sent with a hash-based CSP: every inline script of this very HTML by its SHA-256,
 * and script files from our own origin only. A nonce cannot work for a kept page (it would be the
 * same for every visitor); the hashes can, because the HTML served is the HTML hashed.
 *
 * Fresh: a save of the catalog or of the shop's price display forgets every kept page at once
 * (forgetStorefrontReads bumps the storefront generation, which a kept page must match), so the
 * merchant sees the change on the next visit. A page is kept KEEP_MS, and it was rendered from
 * the storefront reads of at most their FRESH_MS (5 s) before: another instance shows a change
 * within 10 s.
 *
 * NOTE: on globalThis, not in this module's scope, as the storefront reads: proxy.ts and the
 * server actions that save the catalog may each get their own copy of this module.
 */
const KEEP_MS = 5_000;
/** Keys come from addresses (slugs) times four languages: bounded, so made-up ones cannot grow memory. */
const MAX_ENTRIES = 400;

export type KeptPage = {
  /** UTF-8, encoded once: every visitor gets the same bytes. */
  html: Uint8Array<ArrayBuffer>;
  /** The response headers to send with it (content type, cache control, link hints), CSP aside. */
  headers: [string, string][];
  /** The 'sha256-…' sources of the page's inline scripts, for the CSP's script-src. */
  scriptHashes: string[];
};

type Entry = { until: number; generation: number; value: Promise<KeptPage | null> };
const KEY = Symbol.for('kadens.planPageCache');
const SECRET = Symbol.for('kadens.planPageRenderSecret');
const store = globalThis as typeof globalThis & { [KEY]?: Map<string, Entry>; [SECRET]?: string };
const entries = (store[KEY] ??= new Map<string, Entry>());

/**
 * The page kept under `key`, or `render()`'s answer (kept when it is a page; null, an error or a
 * page that is not for everyone is not kept: the caller renders per request instead). Concurrent
 * visitors of a page not kept yet wait for one render.
 */
export function keptPlanPage(key: string, render: () => Promise<KeptPage | null>, now = Date.now()): Promise<KeptPage | null> {
  const generation = storefrontGeneration();
  const kept = entries.get(key);
  if (kept && kept.until > now && kept.generation === generation) return kept.value;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const value = render().then(
    (page) => {
      if (page === null && entries.get(key)?.value === value) entries.delete(key);
      return page;
    },
    () => {
      if (entries.get(key)?.value === value) entries.delete(key);
      return null;
    },
  );
  entries.set(key, { until: now + KEEP_MS, generation, value });
  return value;
}

/**
 * The CSP hash source of every inline script of `html` (scripts with a `src` are files, allowed
 * by origin). The browser hashes a script element's text exactly as sent: inside <script> nothing
 * is decoded, so the text between the tags is what is hashed here.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The header that marks this process's own render of a kept page, and the language it asks for. */
export const RENDER_HEADER = 'x-kadens-kept-render';

/** A random secret of this process (never sent anywhere but to itself over loopback). */
function renderSecret(): string {
  return (store[SECRET] ??= Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64url'));
}

export function renderRequestHeaders(locale: string): Record<string, string> {
  return { [RENDER_HEADER]: `${renderSecret()} ${locale}` };
}

/** The language asked for, when `header` is this process's own render request; else null. */
export function renderRequestLocale(header: string | null): string | null {
  if (!header) return null;
  const [secret = '', locale] = header.split(' ');
  const expected = Buffer.from(renderSecret());
  const given = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected) && locale ? locale : null;
}
