import { expect, type Page } from '@playwright/test';
import { linkFromOutbox } from './outbox';

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** Puts a Trendhouse plan in the cart and lands on the cart page. */
export async function addTrendhouseToCart(page: Page, planCode = 'trendhouse-monthly'): Promise<void> {
  await page.goto('/plans/trendhouse');
  await page.getByTestId(`plan-option-${planCode}`).getByRole('radio').check();
  await page.getByTestId('add-to-cart').click();
  await expect(page).toHaveURL(/\/cart$/);
}

export const NEW_CUSTOMER_PASSWORD = 'correct horse battery';

/**
 * Registers a new customer on the checkout's account step, confirms the address with the
 * e-mailed link and the password, and lands on the payment step.
 */
export async function registerAtCheckout(page: Page, email: string): Promise<void> {
  await page.getByTestId('go-to-checkout').click();
  await expect(page).toHaveURL(/\/checkout$/);
  const form = page.getByTestId('register-form');
  await form.getByTestId('register-name').fill('Sanne Jansen');
  await form.getByTestId('register-email').fill(email);
  await form.getByTestId('register-addressLine1').fill('Prinsengracht 263');
  await form.getByTestId('register-postalCode').fill('1016 GV');
  await form.getByTestId('register-city').fill('Amsterdam');
  await form.getByTestId('register-password').fill(NEW_CUSTOMER_PASSWORD);
  await form.getByTestId('register-submit').click();
  await expect(page.getByTestId('check-email-registered')).toBeVisible();
  await page.goto(await linkFromOutbox(page, email, 'confirm-email', '/signin/confirm/'));
  await page.getByTestId('confirm-registration-password').fill(NEW_CUSTOMER_PASSWORD);
  await page.getByTestId('confirm-registration-submit').click();
  await expect(page).toHaveURL(/\/checkout\/details$/);
}

/** Chooses iDEAL, reviews the summary, presses Pay; lands on the test provider's page. */
export async function payWithIdeal(page: Page, expectedTotal: string): Promise<void> {
  await page.getByTestId('payment-method-ideal').getByRole('radio').check();
  await page.getByTestId('to-summary').click();
  await expect(page).toHaveURL(/\/checkout\/summary$/);
  await expect(page.getByTestId('summary-lines').getByTestId('total')).toHaveText(expectedTotal);
  await page.getByTestId('pay').click();
  await expect(page).toHaveURL(/\/test-provider\/pay\/tp_/);
}
