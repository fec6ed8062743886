import { expect, test } from '@playwright/test';
import { byHandTestIds as ids } from '../../components/dashboard/by-hand-test-ids';
import { dashboardTestIds as dash } from '../../components/dashboard/test-ids';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

test('staff add a one-off charge to a customer’s subscription and find its invoice; bad amounts are refused first', async ({ browser }) => {
  // A visitor buys Trendhouse monthly and pays: a real customer with an active subscription.
  const email = uniqueEmail('byhand');
  const customer = await (await browser.newContext()).newPage();
  await addTrendhouseToCart(customer);
  await registerAtCheckout(customer, email);
  await payWithIdeal(customer, '€32.00');
  await customer.getByTestId('test-pay-pay').click();
  await expect(customer.getByTestId('thank-you')).toBeVisible();

  // The merchant finds them by e-mail and opens their page.
  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, MERCHANT, '/dashboard/subscribers');
  await page.getByTestId(dash.tableFilter).fill(email);
  await expect(page.getByTestId(dash.subscriberRow)).toHaveCount(1);
  await page.getByTestId(dash.subscriberRow).getByTestId('subscriber-customer-link').click();
  await expect(page).toHaveURL(/\/dashboard\/customers\/[0-9a-f-]{36}$/);

  await page.getByTestId(ids.chargeOpen).click();
  const form = page.getByTestId(ids.chargeForm);
  const description = `Replacement issue ${Date.now()}`;
  await form.getByTestId(ids.chargeDescription).fill(description);

  // Ten to the ninth is refused beside the amount, and nothing is invoiced.
  await form.getByTestId(ids.chargeAmount).fill('1000000000');
  await form.getByTestId(ids.chargeSubmit).click();
  await expect(form.getByTestId('field-error-amountMinor')).toContainText('whole number of minor units');

  await form.getByTestId(ids.chargeDescription).fill(description);
  await form.getByTestId(ids.chargeAmount).fill('1250');
  await form.getByTestId(ids.chargeTaxClass).selectOption('reduced');
  await form.getByTestId(ids.chargeSubmit).click();
  const notice = form.getByTestId('form-notice');
  await expect(notice).toContainText('€12.50 invoiced on invoice ');
  const number = (await notice.textContent())!.replace(/^.* invoice (\S+)\.$/, '$1');

  // On the invoices list, found by its number, and its line says what it was for.
  await page.goto('/dashboard/invoices');
  await page.getByTestId(dash.tableFilter).fill(number);
  await expect(page.getByTestId(dash.invoiceRow)).toHaveCount(1);
  await expect(page.getByTestId(dash.invoiceRow)).toContainText('€12.50');
  await page.getByTestId(dash.invoiceNumber).getByRole('link').click();
  await expect(page.getByText(description)).toBeVisible();
});
