import { expect, test, type Page } from '@playwright/test';
import { byHandTestIds as ids } from '../../components/dashboard/by-hand-test-ids';
import { dashboardTestIds as dash } from '../../components/dashboard/test-ids';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

/** A visitor buys Trendhouse monthly and pays: a real customer with one active subscription, signed in. */
async function newCustomer(page: Page, email: string): Promise<void> {
  await addTrendhouseToCart(page);
  await registerAtCheckout(page, email);
  await payWithIdeal(page, '€32.00');
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();
}

/** The merchant finds the customer by e-mail on the subscribers list and opens their page. */
async function openCustomerPage(page: Page, email: string): Promise<void> {
  await signInWithPassword(page, MERCHANT, '/dashboard/subscribers');
  await page.getByTestId(dash.tableFilter).fill(email);
  await expect(page.getByTestId(dash.subscriberRow)).toHaveCount(1);
  await page.getByTestId(dash.subscriberRow).getByTestId('subscriber-customer-link').click();
  await expect(page).toHaveURL(/\/dashboard\/customers\/[0-9a-f-]{36}$/);
}

test('staff forbid and allow one customer’s self-service, and the customer’s Min Side follows each switch', async ({ browser }) => {
  // A checkout, six switch flips and five Min Side reloads: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const email = uniqueEmail('switches');
  const customer = await (await browser.newContext()).newPage();
  await newCustomer(customer, email);
  await customer.goto('/account');
  const row = customer.getByTestId('account-subscription');
  await expect(row.getByTestId('subscription-pause-open')).toBeVisible();
  await expect(row.getByTestId('subscription-change-plan')).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await openCustomerPage(page, email);
  const switches = [
    { id: 'customer-can-stop', may: 'stop their subscriptions at the end of the term' },
    { id: 'customer-can-stop-now', may: 'stop at once' },
    { id: 'customer-can-pause', may: 'pause and resume' },
    { id: 'customer-can-change-plan', may: 'change plan, interval or quantity' },
  ];
  for (const sw of switches) {
    const line = page.getByTestId(`${sw.id}-switch`);
    await expect(line).toContainText(`May ${sw.may} on Min Side.`);
    await line.getByTestId(sw.id).click();
    await expect(line).toContainText(`May not ${sw.may} on Min Side.`);
    await expect(line.getByTestId(sw.id)).toHaveText(/^Allow /);
  }

  // Forbidden: Min Side offers neither a pause nor a plan change any more.
  await customer.reload();
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('subscription-pause-open')).toHaveCount(0);
  await expect(row.getByTestId('subscription-change-plan')).toHaveCount(0);

  // Allowed again, one switch at a time: each comes back on its own.
  await page.getByTestId('customer-can-pause').click();
  await expect(page.getByTestId('customer-can-pause-switch')).toContainText('May pause and resume on Min Side.');
  await customer.reload();
  await expect(row.getByTestId('subscription-pause-open')).toBeVisible();
  await expect(row.getByTestId('subscription-change-plan')).toHaveCount(0);
  await page.getByTestId('customer-can-change-plan').click();
  await expect(page.getByTestId('customer-can-change-plan-switch')).toContainText('May change plan, interval or quantity on Min Side.');
  await customer.reload();
  await expect(row.getByTestId('subscription-change-plan')).toBeVisible();
});

test('staff change a customer’s quantity (previewed, then confirmed with its proration invoice) and switch how it is collected', async ({ browser }) => {
  const email = uniqueEmail('staffplan');
  await newCustomer(await (await browser.newContext()).newPage(), email);
  const page = await (await browser.newContext()).newPage();
  await openCustomerPage(page, email);
  const subscription = page.getByTestId('customer-subscription');
  await expect(subscription).toHaveCount(1);
  await expect(subscription).not.toContainText('2 ×');

  // Two copies from now: an upgrade, at once, with the rest of the term on its own invoice.
  await subscription.getByTestId('staff-plan-change-open').click();
  await subscription.getByTestId('staff-plan-change-quantity').fill('2');
  await subscription.getByTestId('staff-plan-change-preview').click();
  const total = (await subscription.getByTestId('staff-plan-change-total').textContent())!.trim();
  expect(total).toMatch(/^€\d+\.\d{2}$/);
  await subscription.getByTestId('staff-plan-change-confirm').click();
  await expect(subscription.getByTestId('staff-plan-change').getByTestId('form-notice')).toHaveText(new RegExp(`^Changed to 2 × .*; ${total.replace('.', '\\.')} invoiced\\.$`));
  await expect(subscription).toContainText('2 × ');

  // How it is collected: shown on the row, and switched to an invoice the customer pays.
  await expect(subscription.getByTestId(ids.collection)).toHaveText(/^Collection: /);
  await subscription.getByTestId(ids.collectionChoice).selectOption('send_invoice');
  await subscription.getByTestId(ids.collectionSubmit).click();
  await expect(subscription.getByTestId(ids.collectionForm).getByTestId('form-notice')).toHaveText('Saved: its invoices are sent to the customer.');
  await expect(subscription.getByTestId(ids.collection)).toHaveText('Collection: send an invoice');
  await page.reload();
  await expect(page.getByTestId(ids.collection)).toHaveText('Collection: send an invoice');
});
