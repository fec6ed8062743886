import { expect, test, type Page } from '@playwright/test';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';

const methodRow = (page: Page, label: string | RegExp) =>
  page.getByTestId('payment-method').filter({ has: page.getByTestId('payment-method-label').getByText(label) });

test('Min Side → Payment methods: add a card through the provider, choose which one autopay uses, remove one, never the last', async ({ page }) => {
  // A subscriber who paid the first term with iDEAL: that payment left the method autopay uses.
  await addTrendhouseToCart(page);
  await registerAtCheckout(page, uniqueEmail('methods'));
  await payWithIdeal(page, '€32.00');
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();

  await page.goto('/account');
  await expect(page.getByTestId('past-due-banner')).toHaveCount(0);
  await page.getByTestId('account-payment-methods-link').click();
  await expect(page).toHaveURL(/\/account\/payment-methods$/);
  await expect(page.getByTestId('payment-method')).toHaveCount(1);
  await expect(methodRow(page, 'iDEAL').getByTestId('autopay-badge')).toBeVisible();

  // Add a card on the provider's hosted setup page: no money, and it becomes the autopay method.
  await page.getByTestId('add-method-choice').selectOption('card');
  await page.getByTestId('add-method').click();
  await expect(page).toHaveURL(/\/test-provider\/pay\/tp_/);
  await expect(page.getByTestId('test-setup-heading')).toBeVisible();
  await page.getByTestId('test-setup-save').click();
  // The return route stores the method and redirects to the list; the hosted page navigates
  // there from a server action, so the address bar may keep the return URL: read the page.
  await expect(page).toHaveURL(/\/account\/payment-methods(\/return)?\?setup=/);
  await expect(page.getByTestId('setup-result')).toHaveText('Your payment method was saved and is now used for automatic payments.');
  await expect(page.getByTestId('payment-method')).toHaveCount(2);
  const card = methodRow(page, 'Visa •••• 4242');
  await expect(card.getByTestId('autopay-badge')).toBeVisible();
  await expect(card).toContainText(/Expires \d{2}\/\d{4}/);
  await expect(methodRow(page, 'iDEAL').getByTestId('autopay-badge')).toHaveCount(0);

  // Back to iDEAL for autopay.
  await methodRow(page, 'iDEAL').getByTestId('method-default').click();
  await expect(page.getByTestId('method-notice')).toHaveText('Automatic payments now use this method.');
  await expect(methodRow(page, 'iDEAL').getByTestId('autopay-badge')).toBeVisible();
  await expect(methodRow(page, 'Visa •••• 4242').getByTestId('autopay-badge')).toHaveCount(0);

  // The card can go; the last method cannot while autopay is on (this shop takes no bank transfers).
  await methodRow(page, 'Visa •••• 4242').getByTestId('method-remove').click();
  await expect(page.getByTestId('method-notice')).toHaveText('The payment method was removed.');
  await expect(page.getByTestId('payment-method')).toHaveCount(1);
  await expect(page.getByTestId('switch-to-invoice')).toHaveCount(0);
  await methodRow(page, 'iDEAL').getByTestId('method-remove').click();
  await expect(page.getByTestId('method-remove-error')).toContainText('Automatic payment needs a payment method');
  await page.reload();
  await expect(page.getByTestId('payment-method')).toHaveCount(1);
  await expect(methodRow(page, 'iDEAL').getByTestId('autopay-badge')).toBeVisible();
});

test('a setup the payer cancels at the provider saves nothing', async ({ page }) => {
  await addTrendhouseToCart(page);
  await registerAtCheckout(page, uniqueEmail('methods-cancel'));
  await payWithIdeal(page, '€32.00');
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();

  await page.goto('/account/payment-methods');
  await page.getByTestId('add-method-choice').selectOption('paypal');
  await page.getByTestId('add-method').click();
  await page.getByTestId('test-setup-cancel').click();
  await expect(page.getByTestId('setup-result')).toHaveText('You canceled adding a payment method.');
  await expect(page.getByTestId('payment-method')).toHaveCount(1);
});
