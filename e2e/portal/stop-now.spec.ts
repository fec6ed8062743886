import { expect, test, type Page } from '@playwright/test';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

/**
 * The merchant lets customers stop at once, and leave a commitment for a fixed fee of €25.00
 * (saved through the settings page, as a merchant does; saving it twice changes nothing).
 */
async function allowStopNowWithFee(page: Page) {
  await signInWithPassword(page, MERCHANT, '/dashboard/settings');
  await page.goto('/dashboard/settings');
  const form = page.getByTestId('stop-now-settings-form');
  await form.getByTestId('customers-can-stop-now').selectOption('true');
  await form.getByTestId('early-exit-fee').selectOption('fixed');
  await form.getByTestId('early-exit-fee-amounts').fill('EUR 25.00');
  await form.getByTestId('stop-now-settings-save').click();
  await expect(form.getByTestId('form-notice')).toHaveText(/Saved\.|Nothing changed\./);
  await page.context().clearCookies();
}

/** A new customer with one paid subscription, signed in, on Min Side with its row. */
async function subscribedCustomer(page: Page, buy: () => Promise<void>, total: string, prefix: string) {
  await buy();
  await registerAtCheckout(page, uniqueEmail(prefix));
  await payWithIdeal(page, total);
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();
  await page.goto('/account');
  const row = page.getByTestId('account-subscription');
  await expect(row).toHaveCount(1);
  return row;
}

test('Min Side: a customer stops at once and sees the unused part credited', async ({ page }) => {
  await allowStopNowWithFee(page);
  // The snack box: monthly, no commitment, shipped (PostNL by default).
  const row = await subscribedCustomer(
    page,
    async () => {
      await page.goto('/plans/snack-box');
      await page.getByTestId('plan-option-snack-box-monthly').getByRole('radio').check();
      await page.getByTestId('add-to-cart').click();
      await expect(page).toHaveURL(/\/cart$/);
    },
    '€29.90',
    'stop-now',
  );

  await row.getByTestId('subscription-stop-now-open').click();
  await row.getByTestId('subscription-stop-now-preview').click();
  const result = row.getByTestId('subscription-stop-now-preview-result');
  await expect(result.getByTestId('subscription-stop-now-credit')).toHaveCount(1);
  await expect(result.getByTestId('subscription-stop-now-credit')).toContainText(/Unused \d+ of \d+ days/);
  await expect(result.getByTestId('subscription-stop-now-fee')).toHaveCount(0);
  const credited = (await result.getByTestId('subscription-stop-now-credit-total').innerText()).trim();
  expect(credited).toMatch(/^€\d+\.\d\d$/);

  await result.getByTestId('subscription-stop-now-reason').selectOption('not_using');
  await result.getByTestId('subscription-stop-now-confirm').click();
  await expect(page.getByTestId('subscription-status')).toHaveText('ended');
  await expect(page.getByTestId('form-notice')).toContainText(`Your subscription has stopped. ${credited} is credited to you`);
  // The credit note is on Min Side, for the amount shown before the confirm.
  await expect(page.getByTestId('account-credit-notes')).toContainText(credited);
  await expect(page.getByTestId('subscription-stop-now-open')).toHaveCount(0);
});

test('Min Side: inside a commitment the customer sees the early-exit fee and confirms it', async ({ page }) => {
  await allowStopNowWithFee(page);
  // Trendhouse monthly: a 12-month commitment from today.
  const row = await subscribedCustomer(page, () => addTrendhouseToCart(page, 'trendhouse-monthly'), '€32.00', 'stop-now-fee');
  await expect(row.getByTestId('subscription-stop-commitment')).toContainText('Commitment until');

  await row.getByTestId('subscription-stop-now-open').click();
  await row.getByTestId('subscription-stop-now-preview').click();
  const result = row.getByTestId('subscription-stop-now-preview-result');
  await expect(result.getByTestId('subscription-stop-now-fee')).toContainText('Early exit fee');
  await expect(result.getByTestId('subscription-stop-now-fee')).toContainText('€25.00');
  const confirm = result.getByTestId('subscription-stop-now-confirm');
  await expect(confirm).toHaveText('Stop now and pay the €25.00 fee');

  await result.getByTestId('subscription-stop-now-reason').selectOption('too_expensive');
  await confirm.click();
  await expect(page.getByTestId('subscription-status')).toHaveText('ended');
  // The unused part of the term is credited and pays the fee first; the rest stays as balance.
  await expect(page.getByTestId('form-notice')).toContainText('€25.00 of it pays what you owed');
  // The fee is invoiced on its own invoice beside the first one.
  const invoices = page.getByTestId('account-invoice');
  await expect(invoices).toHaveCount(2);
  await expect(invoices.filter({ hasText: '€25.00' })).toHaveCount(1);
});
