import { API_REFERENCE_CSP, apiReferenceHtml } from '@/lib/http/api-reference-page';

/**
 * The API reference (Scalar) over the OpenAPI document, for developers. Public, like the document.
 * Scalar comes from our own build (/docs/api/scalar.js), and the page's policy lets only our own
 * origin's scripts run (proxy.ts leaves this path alone: it needs no nonce).
 */
export function GET(): Response {
  return new Response(apiReferenceHtml({ documentUrl: '/api/v1/openapi.json', title: 'Kadens API reference' }), {
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': API_REFERENCE_CSP },
  });
}
