import { expect, type Page } from '@playwright/test';
import { apiKeyTestIds } from '../../components/api-keys/test-ids';
import { webhookTestIds } from '../../components/webhooks/test-ids';

/** The owner (signed in) makes an API key under Settings → API keys; returns it as shown once. */
export async function createApiKeyInDashboard(page: Page, name: string, scope: 'read' | 'write'): Promise<string> {
  if (!page.url().endsWith('/dashboard/settings/api-keys')) await page.goto('/dashboard/settings/api-keys');
  await page.getByTestId(apiKeyTestIds.name).fill(name);
  await page.getByTestId(apiKeyTestIds.scope).selectOption(scope);
  await page.getByTestId(apiKeyTestIds.create).click();
  await expect(page.getByTestId('form-notice')).toHaveText(`Key “${name}” created. Copy it now: it is shown only this once.`);
  return (await page.getByTestId(apiKeyTestIds.createdKey).textContent())!.trim();
}

/** The owner (signed in) registers an endpoint for every event type; returns its `whsec_` secret, shown once. */
export async function registerWebhookEndpoint(page: Page, url: string, description: string): Promise<string> {
  await page.goto('/dashboard/webhooks');
  await page.getByTestId(webhookTestIds.addUrl).fill(url);
  await page.getByTestId(webhookTestIds.addDescription).fill(description);
  await page.getByTestId(webhookTestIds.addSubmit).click();
  const secret = (await page.getByTestId(webhookTestIds.secret).textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  return secret;
}

type KadensClient = ReturnType<typeof import('../../lib/api/client/create-kadens-client').createKadensClient>;

/**
 * A plan by its code, paging through `GET /plans` as an integration would: the shared test
 * database holds many more plans than one page (other tests make their own).
 */
export async function findPlanByCode(api: KadensClient, code: string) {
  let startingAfter: string | undefined;
  for (let page = 0; page < 100; page += 1) {
    const listed = await api.GET('/plans', { params: { query: { limit: 100, ...(startingAfter ? { starting_after: startingAfter } : {}) } } });
    expect(listed.response.status).toBe(200);
    const found = listed.data!.data.find((plan) => plan.code === code);
    if (found) return found;
    if (!listed.data!.next_cursor) break;
    startingAfter = listed.data!.next_cursor;
  }
  throw new Error(`No plan ${code} in GET /plans`);
}
