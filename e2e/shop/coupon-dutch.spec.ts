import { expect, test } from '@playwright/test';

test('a Dutch visitor is refused an unknown coupon in Dutch, and a broken invoice link answers in Dutch too', async ({ page }) => {
  // ?lang=nl writes the page in Dutch and keeps it in the cookie for the next ones.
  await page.goto('/plans/trendhouse?lang=nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByTestId('plan-option-trendhouse-monthly').getByRole('radio').check();
  await page.getByTestId('add-to-cart').click();
  await expect(page).toHaveURL(/\/cart$/);

  await page.getByTestId('coupon-code').fill('NOSUCHCODE');
  await page.getByTestId('apply-coupon').click();
  await expect(page.getByTestId('field-error-code')).toContainText('We kennen de code NOSUCHCODE niet');
  await expect(page.getByTestId('field-error-code')).not.toContainText('We do not know');

  // A route a browser opens from an e-mail answers in the same language (the cookie), as text.
  const answer = await page.request.get('/invoice-pdf/not-a-token');
  expect(answer.status()).toBe(404);
  expect(await answer.text()).toBe('Deze factuurlink is ongeldig. Gebruik de link in uw factuurmail zoals die is verzonden.');
});
