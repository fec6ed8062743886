import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { MERCHANT, signInWithPassword } from '../support/sign-in';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';

test('a visitor buys Trendhouse monthly with WELCOME10, sees the invoice on Min Side, and the merchant sees the subscriber', async ({
  page,
}) => {
  const email = uniqueEmail('trendhouse');
  await addTrendhouseToCart(page);
  await expect(page.getByTestId('total')).toHaveText('€32.00');

  // A code that does not exist is refused with a reason; the valid one takes 10% off.
  await page.getByTestId('coupon-code').fill('NOSUCHCODE');
  await page.getByTestId('apply-coupon').click();
  await expect(page.getByTestId('field-error-code')).toContainText('We do not know the code NOSUCHCODE');
  await page.getByTestId('coupon-code').fill('welcome10');
  await page.getByTestId('apply-coupon').click();
  await expect(page.getByTestId('coupon-applied')).toContainText('WELCOME10');
  await expect(page.getByTestId('line-discount')).toContainText('-€3.20');
  await expect(page.getByTestId('total')).toHaveText('€28.80');

  await registerAtCheckout(page, email);
  await payWithIdeal(page, '€28.80');
  await page.getByTestId('test-pay-pay').click();

  await expect(page.getByTestId('thank-you')).toBeVisible();
  await expect(page.getByTestId('thank-you-text')).toContainText('Trendhouse — Monthly');
  const invoiceNumber = (await page.getByTestId('thank-you-invoice-number').textContent())!;
  expect(invoiceNumber).toMatch(/^KD-\d{6}$/);

  // Min Side: the active subscription and the paid invoice with its lines.
  await page.getByTestId('to-account').click();
  await expect(page.getByTestId('account-subscription')).toHaveCount(1);
  await expect(page.getByTestId('subscription-status')).toHaveText('active');
  await page.getByTestId('account-invoice-link').filter({ hasText: invoiceNumber }).click();
  await expect(page.getByTestId('invoice-number')).toHaveText(invoiceNumber);
  await expect(page.getByTestId('invoice-status')).toHaveText('paid');
  await expect(page.getByTestId('invoice-line-plan')).toContainText('€32.00');
  await expect(page.getByTestId('invoice-line-discount')).toContainText('WELCOME10');
  await expect(page.getByTestId('invoice-total')).toHaveText('€28.80');

  // The same invoice as an e-invoice (EHF / Peppol BIS 3.0) for the customer's bookkeeping:
  // paid in full, the coupon as an allowance, from the shop's legal identity.
  const download = page.waitForEvent('download');
  await page.getByTestId('invoice-einvoice').click();
  const xml = readFileSync(await (await download).path(), 'utf8');
  expect(xml).toContain(`<cbc:ID>${invoiceNumber}</cbc:ID>`);
  expect(xml).toMatch(/<cbc:AllowanceChargeReason>[^<]*WELCOME10/);
  expect(xml).toMatch(/<cbc:PayableAmount currencyID="EUR">0\.00<\/cbc:PayableAmount>/);

  // The merchant sees the new subscriber.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInWithPassword(page, MERCHANT, '/dashboard/subscribers');
  await expect(page).toHaveURL(/\/dashboard\/subscribers/);
  await page.getByRole('searchbox').first().fill(email);
  await expect(page.getByTestId('subscriber-row').filter({ hasText: email })).toHaveCount(1);
});
