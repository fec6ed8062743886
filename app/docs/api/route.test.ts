import { expect, test } from 'vitest';
import { GET } from './route';
import { GET as getScript } from './scalar.js/route';

test('the API reference page loads Scalar from our own origin only, under a self-only script policy', async () => {
  const response = GET();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/html');
  const html = await response.text();
  expect(html).toContain('data-url="/api/v1/openapi.json"');
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1]);
  expect(sources).toEqual(['/docs/api/scalar.js']);
  // No script, stylesheet or font from any other host, and no inline script to run.
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  expect(html).not.toMatch(/<script(?![^>]*(\bsrc=|type="application\/json"))[^>]*>/);
  const policy = response.headers.get('content-security-policy')!;
  expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
  expect(policy).not.toMatch(/script-src[^;]*(unsafe|nonce|https?:)/);
});

test('Scalar’s bundle is served from node_modules, as JavaScript', async () => {
  const response = await getScript();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('javascript');
  const code = await response.text();
  expect(code.length).toBeGreaterThan(1_000_000);
  expect(code).toContain('api-reference');
});
