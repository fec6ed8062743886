import { expect, test } from '@playwright/test';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';

test('Min Side: stop a subscription at the end of its term, saying why, then undo the stop', async ({ page }) => {
  // A yearly Trendhouse subscription: its first term ends with the 12-month commitment, so it may stop.
  await addTrendhouseToCart(page, 'trendhouse-yearly');
  await registerAtCheckout(page, uniqueEmail('self-stop'));
  await payWithIdeal(page, '€320.00');
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();

  await page.goto('/account');
  const row = page.getByTestId('account-subscription');
  await expect(row).toHaveCount(1);
  await row.getByTestId('subscription-stop-open').click();
  await row.getByTestId('subscription-stop-reason').selectOption('not_using');
  await row.getByTestId('subscription-stop-note').fill('Too little time to read it');
  await row.getByTestId('subscription-stop-confirm').click();
  await expect(row.getByTestId('form-notice')).toContainText('Your subscription stops on');
  await expect(row.getByTestId('subscription-stops-on')).toBeVisible();
  await expect(row.getByTestId('subscription-status')).toHaveText('active');

  // Changed their mind before the end: it continues.
  await row.getByTestId('subscription-undo-stop').click();
  await expect(row.getByTestId('form-notice')).toContainText('The stop is undone');
  await expect(row.getByTestId('subscription-stop-open')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('subscription-stops-on')).toHaveCount(0);
});

test('Min Side: inside a commitment the stop is not offered, only until when it runs', async ({ page }) => {
  await addTrendhouseToCart(page, 'trendhouse-monthly');
  await registerAtCheckout(page, uniqueEmail('self-stop-commitment'));
  await payWithIdeal(page, '€32.00');
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();

  await page.goto('/account');
  await expect(page.getByTestId('subscription-stop-commitment')).toContainText('Commitment until');
  await expect(page.getByTestId('subscription-stop-form')).toHaveCount(0);
});
