import { expect, test, type Page } from '@playwright/test';
import { addTrendhouseToCart, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

/** Settings → Orders and payment: offers SEPA direct debit (or not). Answers whether it was offered before. */
async function offerSepaDebit(page: Page, offered: boolean): Promise<boolean> {
  await page.goto('/dashboard/settings');
  const form = page.getByTestId('order-payment-settings-form');
  const method = form.getByTestId('enabled-method-sepa_debit');
  const before = await method.isChecked();
  await method.setChecked(offered);
  await form.getByTestId('order-payment-settings-save').click();
  await expect(form.getByTestId('form-notice')).toHaveText(/Saved\.|Nothing changed\./);
  return before;
}

test('a customer orders with SEPA direct debit: gives the IBAN and the mandate, the subscription is active and the first invoice debited', async ({
  page,
  browser,
}) => {
  const merchantContext = await browser.newContext();
  const merchant = await merchantContext.newPage();
  await signInWithPassword(merchant, MERCHANT, '/dashboard/settings');
  const before = await offerSepaDebit(merchant, true);
  try {
    const email = uniqueEmail('sepa-debit');
    await addTrendhouseToCart(page);
    await registerAtCheckout(page, email);

    await page.getByTestId('payment-method-sepa_debit').getByRole('radio').check();
    await page.getByTestId('to-summary').click();
    await expect(page).toHaveURL(/\/checkout\/summary$/);
    await page.getByTestId('pay').click();

    // Our own mandate page, not a provider's.
    await expect(page).toHaveURL(/\/checkout\/sepa\/[0-9a-f-]{36}$/);
    const form = page.getByTestId('sepa-mandate-form');
    await expect(form.getByTestId('sepa-mandate-text')).toContainText('to send instructions to your bank to debit your account');

    // A mistyped IBAN is refused with what to check; nothing is debited.
    await form.getByTestId('sepa-account-holder').fill('Sanne Jansen');
    await form.getByTestId('sepa-iban').fill('NL91 ABNA 0417 1643 01');
    await form.getByTestId('sepa-consent').check();
    await form.getByTestId('sepa-confirm').click();
    await expect(page.getByText('This IBAN’s check digits do not match')).toBeVisible();

    await form.getByTestId('sepa-account-holder').fill('Sanne Jansen');
    await form.getByTestId('sepa-iban').fill('NL91 ABNA 0417 1643 00');
    await form.getByTestId('sepa-consent').check();
    await form.getByTestId('sepa-confirm').click();

    // The test provider debits at once: the order is paid and the subscription runs.
    await expect(page).toHaveURL(/\/checkout\/thank-you\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('thank-you')).toBeVisible();
    await page.getByTestId('to-account').click();
    await expect(page.getByTestId('account-subscription')).toHaveCount(1);
    await expect(page.getByTestId('subscription-status')).toHaveText('active');
    await page.getByTestId('account-invoice-link').first().click();
    await expect(page.getByTestId('invoice-status')).toHaveText(/paid|pending/);

    // Autopay debits the account just given, shown masked.
    await page.goto('/account/payment-methods');
    await expect(page.getByText(/NL91 •••• 4300/)).toBeVisible();
  } finally {
    // The demo shop offers no SEPA direct debit otherwise.
    await offerSepaDebit(merchant, before);
    await merchantContext.close();
  }
});
