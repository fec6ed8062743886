import { expect, test } from '@playwright/test';
import { invoiceTestIds } from '../../components/invoices/test-ids';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';

// Amounts as digits and sign only: the preview and the invoice may format a currency a little
// differently (a no-break space), never a different number.
const amountOf = (text: string | null) => (text ?? '').replace(/[^\d.,-]/g, '');

test('Min Side: a customer upgrades at once, sees the proration before confirming, and the invoice matches it to the cent', async ({ page }) => {
  await addTrendhouseToCart(page, 'trendhouse-monthly');
  await registerAtCheckout(page, uniqueEmail('plan-change'));
  await payWithIdeal(page, '€32.00');
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();

  await page.goto('/account');
  await page.getByTestId('subscription-change-plan').click();
  await expect(page.getByTestId('plan-change-current')).toContainText('1 × ');

  // Two copies instead of one, from today: the unused days of one copy are credited and the rest
  // of the term is charged for two.
  await page.getByTestId('plan-change-quantity').fill('2');
  await page.getByTestId('plan-change-preview').click();
  const result = page.getByTestId('plan-change-preview-result');
  await expect(result.getByTestId('plan-change-summary')).toContainText('Starts today');
  const previewLines = await result.getByTestId('plan-change-line-amount').allTextContents();
  expect(previewLines).toHaveLength(2);
  const previewTotal = amountOf(await result.getByTestId('plan-change-total').textContent());
  expect(Number(previewTotal)).toBeGreaterThan(0);

  await result.getByTestId('plan-change-confirm').click();
  await expect(page.getByTestId('form-notice')).toContainText('Your subscription is now 2 ×');

  // The proration invoice is the newest on Min Side: its lines and total are the preview's.
  await page.goto('/account');
  await expect(page.getByTestId('account-subscription')).toContainText('2 × ');
  const invoices = page.getByTestId('account-invoice');
  await expect(invoices).toHaveCount(2);
  await invoices.first().getByTestId('account-invoice-link').click();
  await expect(page.getByTestId(invoiceTestIds.total)).toBeVisible();
  expect(amountOf(await page.getByTestId(invoiceTestIds.total).textContent())).toBe(previewTotal);
  const invoiceLines = page.getByTestId(`${invoiceTestIds.linePrefix}proration`);
  await expect(invoiceLines).toHaveCount(2);
  const invoiceAmounts = await invoiceLines.evaluateAll((rows) => rows.map((row) => row.lastElementChild?.textContent ?? ''));
  expect(invoiceAmounts.map(amountOf)).toEqual(previewLines.map(amountOf));
});
