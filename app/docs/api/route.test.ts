import { expect, test } from 'vitest';
import { GET } from './route';

test('the API reference page loads Scalar over the OpenAPI document, with the response’s CSP nonce', async () => {
  const request = new Request('http://localhost/docs/api', { headers: { 'content-security-policy': "script-src 'self' 'nonce-abc123' 'strict-dynamic'" } });
  const response = GET(request);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/html');
  const html = await response.text();
  expect(html).toContain('/api/v1/openapi.json');
  expect(html).toContain('nonce="abc123"');
  expect(html).toContain('@scalar/api-reference@1.76.0');
});
