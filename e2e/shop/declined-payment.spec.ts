import { expect, test } from '@playwright/test';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';

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
  await page.goBack();
  await page.getByTestId('retry-payment').click();
  await expect(page).toHaveURL(/\/test-provider\/pay\/tp_/);
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
