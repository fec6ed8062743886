import { expect, test } from '@playwright/test';
import { apiKeyTestIds as ids } from '../../components/api-keys/test-ids';
import { createKadensClient } from '../../lib/api/client/create-kadens-client';
import { uniqueEmail } from '../support/checkout';
import { createApiKeyInDashboard, findPlanByCode } from '../support/integrations';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

/**
 * The owner makes API keys in the dashboard; a developer's typed client (openapi-fetch over the
 * committed types) creates a customer with an idempotency key, retries it, pages a list, and is
 * refused once the key is revoked.
 */
test('an owner creates an API key, a client uses it, and a revoked key is refused', async ({ page, baseURL }) => {
  await signInWithPassword(page, MERCHANT, '/dashboard');
  await page.goto('/dashboard/settings/api-keys');

  const createKey = (name: string, scope: 'read' | 'write') => createApiKeyInDashboard(page, name, scope);

  const key = await createKey(`CRM sync ${Date.now()}`, 'write');
  expect(key).toMatch(/^kad_live_/);
  // Listed by its prefix only.
  const row = page.getByTestId(ids.row).filter({ has: page.getByTestId(ids.rowPrefix).getByText(`${key.slice(0, 17)}…`) });
  await expect(row.getByTestId(ids.rowStatus)).toHaveText('Active');
  await page.reload();
  await expect(page.getByTestId(ids.createdKey)).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(key);

  const api = createKadensClient({ baseUrl: baseURL!, apiKey: key });
  const email = uniqueEmail('api');
  const body = { name: 'Ada Api', email, address: { line1: 'Apiweg 1', postal_code: '1011 AA', city: 'Amsterdam', country: 'NL' as const } };
  const idempotencyKey = crypto.randomUUID();
  const created = await api.POST('/customers', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } });
  expect(created.response.status).toBe(201);
  expect(created.data?.email).toBe(email);

  // A retry with the same key and body: the same customer, not a second one.
  const replayed = await api.POST('/customers', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } });
  expect(replayed.response.status).toBe(201);
  expect(replayed.response.headers.get('idempotent-replayed')).toBe('true');
  expect(replayed.data?.id).toBe(created.data?.id);
  // The same key with another body is refused.
  const reused = await api.POST('/customers', { body: { ...body, name: 'Someone Else' }, params: { header: { 'Idempotency-Key': idempotencyKey } } });
  expect(reused.response.status).toBe(422);
  expect(reused.error?.error.code).toBe('idempotency_key_reused');
  const byEmail = await api.GET('/customers', { params: { query: { email } } });
  expect(byEmail.data?.data.map((c) => c.id)).toEqual([created.data?.id]);

  // Pages of one, by cursor: each page another customer.
  const first = await api.GET('/customers', { params: { query: { limit: 1 } } });
  expect(first.data?.has_more).toBe(true);
  const second = await api.GET('/customers', { params: { query: { limit: 1, starting_after: first.data!.next_cursor! } } });
  expect(second.data?.data[0]?.id).not.toBe(first.data?.data[0]?.id);
  const tampered = await api.GET('/customers', { params: { query: { starting_after: `${first.data!.next_cursor!}x` } } });
  expect(tampered.response.status).toBe(400);

  expect((await findPlanByCode(api, 'trendhouse-monthly')).code).toBe('trendhouse-monthly');

  // The document and its reference page are public.
  const document = await page.request.get('/api/v1/openapi.json');
  expect((await document.json()).openapi).toBe('3.1.0');
  const reference = await page.request.get('/docs/api');
  const referenceHtml = await reference.text();
  expect(referenceHtml).toContain('/api/v1/openapi.json');
  // Scalar from our own build, under a policy that runs our own origin's scripts only.
  expect(referenceHtml).not.toMatch(/<script[^>]*\bsrc="(https?:)?\/\//);
  expect(reference.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
  expect((await page.request.get('/docs/api/scalar.js')).headers()['content-type']).toContain('javascript');

  // A read-only key reads and may not write.
  const readKey = await createKey(`Reporting ${Date.now()}`, 'read');
  const reader = createKadensClient({ baseUrl: baseURL!, apiKey: readKey });
  expect((await reader.GET('/invoices', { params: { query: { limit: 5 } } })).response.status).toBe(200);
  const refused = await reader.POST('/customers', { body: { ...body, email: uniqueEmail('api-ro') } });
  expect(refused.response.status).toBe(403);

  // Revoked in the dashboard: the next request is a 401.
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByTestId(ids.revoke).click();
  await expect(row.getByTestId(ids.rowStatus)).toContainText('Revoked');
  const afterRevoke = await api.GET('/customers', { params: { query: { limit: 1 } } });
  expect(afterRevoke.response.status).toBe(401);
  expect(afterRevoke.error?.error.code).toBe('invalid_api_key');
});
