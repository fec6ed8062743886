import { expect, test } from '@playwright/test';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { expectHydrated } from '../support/hydration';

test('a declined payment activates nothing; trying again activates one subscription and one invoice', async ({ page }) => {
  await addTrendhouseToCart(page, 'trendhouse-quarterly');
  await registerAtCheckout(page, uniqueEmail('declined'));
  await payWithIdeal(page, '€90.00');
  await page.getByTestId('test-pay-decline-insufficient-funds').click();

  await expect(page.getByTestId('payment-failed')).toBeVisible();
  await expect(page.getByTestId('payment-failed-reason')).toHaveText('Declined: insufficient funds');
  await page.goto('/account');
  await expect(page.getByTestId('account-subscription')).toHaveCount(0);
  await expect(page.getByTestId('account-invoice')).toHaveCount(0);

  // Try again from the failed page: a new attempt at the provider, which succeeds this time.
  // While the new attempt is made the button is disabled and says it is busy, so a second click
  // starts no second attempt (the action's answer is held back meanwhile).
  await page.goBack();
  const retry = page.getByTestId('retry-payment');
  await expectHydrated(retry);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/checkout\/failed\//, async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await retry.click();
  await expect(retry).toBeDisabled();
  await expect(retry).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page).toHaveURL(/\/test-provider\/pay\/tp_/);
  await page.unroute(/\/checkout\/failed\//);
  const providerPage = page.url();
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();

  // The provider's page, revisited, is closed and links back to our return URL.
  await page.goto(providerPage);
  const returnUrl = (await page.getByTestId('test-payment-done').getByRole('link').getAttribute('href'))!;
  expect(returnUrl).toMatch(/\/checkout\/return\?payment=/);

  // Replaying the provider's return URL (twice, as a reload or a webhook race would) changes nothing.
  await page.goto(returnUrl);
  await expect(page.getByTestId('thank-you')).toBeVisible();
  await page.goto(returnUrl);
  await expect(page.getByTestId('thank-you')).toBeVisible();
  await page.goto('/account');
  await expect(page.getByTestId('account-subscription')).toHaveCount(1);
  await expect(page.getByTestId('account-invoice')).toHaveCount(1);
});
