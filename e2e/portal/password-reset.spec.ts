import { expect, test } from '@playwright/test';
import { NEW_CUSTOMER_PASSWORD, addTrendhouseToCart, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { linkFromOutbox } from '../support/outbox';

test('a customer resets their password from the e-mailed link and signs in with the new one', async ({ page }) => {
  // A customer of their own (the demo customer's password stays as other specs expect it).
  const email = uniqueEmail('reset');
  await addTrendhouseToCart(page);
  await registerAtCheckout(page, email);
  await page.getByTestId('signed-in-as').locator('..').getByRole('button', { name: 'Sign out' }).click();

  await page.goto('/signin');
  await page.getByTestId('forgot-password-link').click();
  await page.getByTestId('forgot-password-email').fill(email);
  await page.getByTestId('forgot-password-submit').click();
  await expect(page.getByTestId('form-notice')).toContainText('If an account uses that address');

  const link = await linkFromOutbox(page, email, 'password-reset', '/signin/reset/');
  await page.goto(link);
  await expect(page.getByTestId('reset-password-email')).toHaveText(email);
  // bcrypt would cut this one at 72 bytes: it is refused, not shortened.
  await page.getByTestId('reset-password').fill('ü'.repeat(37));
  await page.getByTestId('reset-confirm').fill('ü'.repeat(37));
  await page.getByTestId('reset-password-submit').click();
  await expect(page.getByTestId('field-error-password')).toContainText('at most 72 bytes');
  await page.getByTestId('reset-password').fill('a new password, mine');
  await page.getByTestId('reset-confirm').fill('a new password, mine');
  await page.getByTestId('reset-password-submit').click();
  await expect(page.getByTestId('sign-in-notice')).toContainText('Your password was changed');

  // The old password no longer opens the account; the new one does.
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(NEW_CUSTOMER_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toHaveText('That e-mail and password do not match an account.');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill('a new password, mine');
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId('signed-in-as')).toHaveText(email);

  // The link worked once.
  await page.goto(link);
  await expect(page.getByTestId('link-spent')).toBeVisible();
});
