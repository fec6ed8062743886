import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEPLOY_SETUP_TOKEN_FILE } from './deploy-server';

// One production server on one empty database: these run in order, and the last one creates the owner.
test.describe.configure({ mode: 'serial' });

const OWNER = { email: 'owner@shop.example', password: 'a long owner passphrase' };

test('sends the security headers, and the page’s scripts run under its CSP', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const response = await page.goto('/setup');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'(;|$)/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
  // The app hydrated: Next's scripts carried the nonce and were allowed to run.
  await page.waitForFunction(() => 'next' in window);
  expect(refused).toEqual([]);
});

test('seeds no demo: no demo catalog, and the demo owner cannot sign in', async ({ page }) => {
  expect((await page.goto('/plans/trendhouse'))?.status()).toBe(404);
  await page.goto('/signin?callbackUrl=/dashboard');
  await page.getByTestId('sign-in-email').fill('merchant@example.com');
  await page.getByTestId('sign-in-password').fill('kadens-demo');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toBeVisible();
});

test('every test-provider path answers 404', async ({ request }) => {
  for (const path of ['/test-provider', '/test-provider/payments', '/test-provider/pay/tp_0123456789abcdef01234567']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const webhook = await request.post('/api/webhooks/test', { data: { id: 'tp_0123456789abcdef01234567' } });
  expect(webhook.status()).toBe(404);
});

async function fillSetup(page: Page, token: string) {
  await page.getByTestId('setup-token').fill(token);
  await page.getByTestId('setup-name').fill('Olga Owner');
  await page.getByTestId('setup-email').fill(OWNER.email);
  await page.getByTestId('setup-password').fill(OWNER.password);
  await page.getByTestId('setup-passwordConfirm').fill(OWNER.password);
  await page.getByTestId('setup-shopName').fill('Fjord Coffee Club');
  await page.getByTestId('setup-timeZone').fill('Europe/Oslo');
  await page.getByTestId('setup-currency').fill('NOK');
  await page.getByTestId('setup-invoicePrefix').fill('FC-');
  await page.getByTestId('setup-submit').click();
}

test('/setup refuses without the token and with a wrong one, creates the owner with the printed one, then is gone', async ({ page }) => {
  await page.goto('/setup');
  await fillSetup(page, '');
  await expect(page.getByTestId('field-error-token')).toContainText('Paste the setup token');
  await fillSetup(page, 'not-the-token');
  await expect(page.getByTestId('field-error-token')).toContainText('not valid');

  // The server wrote the token to a file only its own user can read.
  expect(fs.statSync(DEPLOY_SETUP_TOKEN_FILE).mode & 0o777).toBe(0o600);
  const token = fs.readFileSync(DEPLOY_SETUP_TOKEN_FILE, 'utf8').trim();
  await fillSetup(page, token);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('signed-in-as')).toHaveText(OWNER.email);

  // The token died with its use, and setup is over.
  expect(fs.existsSync(DEPLOY_SETUP_TOKEN_FILE)).toBe(false);
  expect((await page.goto('/setup'))?.status()).toBe(404);
});
