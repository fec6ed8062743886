import { expect, test, type Page } from '@playwright/test';
import { addTrendhouseToCart, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

/**
 * The merchant's Settings → Orders and payment form: offers bank transfer (or not) and sets when
 * a pay-by-invoice order starts. Answers what the form said before, to put it back afterwards.
 */
async function setPayByInvoice(page: Page, offered: boolean, access: 'order' | 'payment'): Promise<{ offered: boolean; access: 'order' | 'payment' }> {
  await page.goto('/dashboard/settings');
  const form = page.getByTestId('order-payment-settings-form');
  const method = form.getByTestId('enabled-method-bank_transfer');
  const before = { offered: await method.isChecked(), access: (await form.getByTestId('invoice-access').inputValue()) as 'order' | 'payment' };
  await method.setChecked(offered);
  await form.getByTestId('invoice-access').selectOption(access);
  await form.getByTestId('order-payment-settings-save').click();
  await expect(form.getByTestId('form-notice')).toHaveText(/Saved\.|Nothing changed\./);
  return before;
}

test('a customer orders with pay by invoice (access on order): the thank-you page gives the reference, Min Side shows the active subscription and the open invoice', async ({
  page,
  browser,
}) => {
  const merchantContext = await browser.newContext();
  const merchant = await merchantContext.newPage();
  await signInWithPassword(merchant, MERCHANT, '/dashboard/settings');
  const before = await setPayByInvoice(merchant, true, 'order');
  try {
    const email = uniqueEmail('pay-by-invoice');
    await addTrendhouseToCart(page);
    await registerAtCheckout(page, email);

    await page.getByTestId('payment-method-bank_transfer').getByRole('radio').check();
    await page.getByTestId('to-summary').click();
    await expect(page).toHaveURL(/\/checkout\/summary$/);
    await expect(page.getByTestId('summary-payment-method')).toHaveText('Bank transfer (pay by invoice)');
    await expect(page.getByTestId('summary-lines').getByTestId('total')).toHaveText('€32.00');
    await expect(page.getByTestId('pay')).toHaveText('Place order');
    await page.getByTestId('pay').click();

    // No payment provider: straight to the thank-you page, with what to transfer where.
    await expect(page).toHaveURL(/\/checkout\/thank-you\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('thank-you-access')).toHaveText('Your subscription is active now.');
    const invoiceNumber = (await page.getByTestId('thank-you-invoice-number').textContent())!;
    expect(invoiceNumber).toMatch(/^KD-\d{6}$/);
    await expect(page.getByTestId('transfer-amount')).toHaveText('€32.00');
    await expect(page.getByTestId('transfer-account')).toHaveText('IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A');
    const reference = (await page.getByTestId('transfer-reference').textContent())!;
    expect(reference).toMatch(/^RF\d{2}\d+$/);
    await expect(page.getByTestId('transfer-due-date')).not.toBeEmpty();

    // Min Side: the subscription runs already; the invoice waits for the transfer.
    await page.getByTestId('to-account').click();
    await expect(page.getByTestId('account-subscription')).toHaveCount(1);
    await expect(page.getByTestId('subscription-status')).toHaveText('active');
    await page.getByTestId('account-invoice-link').filter({ hasText: invoiceNumber }).click();
    await expect(page.getByTestId('invoice-number')).toHaveText(invoiceNumber);
    await expect(page.getByTestId('invoice-status')).toHaveText('open');
    await expect(page.getByTestId('payment-reference')).toHaveText(reference);
    await expect(page.getByTestId('invoice-total')).toHaveText('€32.00');
  } finally {
    // The demo shop takes no bank transfers otherwise (other specs rely on that).
    await setPayByInvoice(merchant, before.offered, before.access);
    await merchantContext.close();
  }
});
