import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the page loads Scalar from: our own origin, never a CDN. */
export const API_REFERENCE_SCRIPT_PATH = '/docs/api/scalar.js';

/**
 * The policy of the reference page: scripts from our own origin only (no nonce, no inline script,
 * no eval), data from our own origin only (so "try it" cannot call out), no fonts from elsewhere.
 * NOTE: Scalar injects its stylesheet at run time, hence 'unsafe-inline' for styles alone.
 */
export const API_REFERENCE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page: Scalar's standalone bundle reads its document address and options from the
 * `#api-reference` element's data attributes, so the page needs no inline script at all.
 * `withDefaultFonts: false` keeps it from loading fonts from Scalar's font host.
 */
export function apiReferenceHtml(input: { documentUrl: string; title: string }): string {
  const configuration = JSON.stringify({ withDefaultFonts: false, hideClientButton: false, telemetry: false });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeAttribute(input.title)}</title>
  </head>
  <body>
    <script id="api-reference" type="application/json" data-url="${escapeAttribute(input.documentUrl)}" data-configuration="${escapeAttribute(configuration)}"></script>
    <script src="${API_REFERENCE_SCRIPT_PATH}"></script>
  </body>
</html>`;
}

let bundle: Promise<Buffer> | null = null;

/**
 * Scalar's browser bundle (the UMD standalone build of @scalar/api-reference, pinned in
 * package.json), read once from node_modules: served by us, so the page works offline and runs
 * no third-party script.
 */
export function apiReferenceBundle(): Promise<Buffer> {
  bundle ??= readFile(path.join(process.cwd(), 'node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js')).catch((error: unknown) => {
    bundle = null;
    throw error;
  });
  return bundle;
}
