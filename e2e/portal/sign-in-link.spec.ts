import { expect, test } from '@playwright/test';
import { CUSTOMER, MERCHANT, signInWithPassword } from '../support/sign-in';

test('a customer signs in with an e-mailed link (read from the outbox) and cannot open the dashboard', async ({ browser }) => {
  const customer = await browser.newPage();
  await customer.goto('/signin');
  await customer.getByTestId('magic-link-email').fill(CUSTOMER.email);
  await customer.getByTestId('magic-link-submit').click();
  await expect(customer.getByTestId('check-email')).toBeVisible();

  // With no e-mail provider configured, the link waits in the outbox, where the merchant sees it.
  const merchant = await browser.newPage();
  await signInWithPassword(merchant, MERCHANT, '/dashboard/outbox');
  await merchant
    .getByTestId('outbox-row')
    .filter({ hasText: CUSTOMER.email })
    .filter({ hasText: 'sign-in-link' })
    .first()
    .getByRole('link')
    .first()
    .click();
  const text = (await merchant.getByTestId('outbox-email-text').textContent()) ?? '';
  const link = text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/)?.[0];
  expect(link, 'the e-mail contains a sign-in link').toBeTruthy();

  await customer.goto(link!);
  await expect(customer).toHaveURL(/\/account/);
  await expect(customer.getByTestId('signed-in-as')).toHaveText(CUSTOMER.email);

  // A customer is not staff: the dashboard sends them back to their own page.
  await customer.goto('/dashboard/subscribers');
  await expect(customer).toHaveURL(/\/account\?denied=1/);
});

test('a wrong password is refused with a message and no session', async ({ page }) => {
  await page.goto('/signin');
  await page.getByTestId('sign-in-email').fill(CUSTOMER.email);
  await page.getByTestId('sign-in-password').fill('not the password');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toHaveText('That e-mail and password do not match an account.');
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
});
