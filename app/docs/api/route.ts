import { ApiReference } from '@scalar/nextjs-api-reference';

// NOTE: the reference's script is Scalar's browser bundle from its CDN, pinned to the version of
// the package in package.json; set KADENS_API_REFERENCE_SCRIPT to serve a copy of your own.
const SCRIPT = process.env.KADENS_API_REFERENCE_SCRIPT || 'https://cdn.jsdelivr.net/npm/@scalar/api-reference@1.76.0';

/**
 * The API reference (Scalar) over the OpenAPI document, for developers. Public, like the document.
 * Its scripts carry this response's CSP nonce (proxy.ts puts the policy on the request), so the
 * page runs under the site's strict script policy.
 */
export function GET(request: Request) {
  const policy = request.headers.get('content-security-policy') ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  return ApiReference({
    url: '/api/v1/openapi.json',
    pageTitle: 'Kadens API reference',
    cdn: SCRIPT,
    ...(nonce ? { nonce } : {}),
  })();
}
