import { expect, test } from '@playwright/test';
import { dashboardTestIds } from '../../components/dashboard/test-ids';
import { CUSTOMER, MERCHANT, signInWithPassword } from '../support/sign-in';
import { latestSignInLink } from '../support/sign-in-links';

test('a customer signs in with an e-mailed link and cannot open the dashboard; staff never see the link', async ({ browser }) => {
  const customer = await browser.newPage();
  await customer.goto('/signin');
  await customer.getByTestId('magic-link-email').fill(CUSTOMER.email);
  await customer.getByTestId('magic-link-submit').click();
  await expect(customer.getByTestId('check-email')).toBeVisible();
  const link = await latestSignInLink(CUSTOMER.email);

  // The merchant sees that a sign-in link went to the customer, and when, but not the link.
  const merchant = await browser.newPage();
  // Searched by the customer's address: the shared database holds many newer messages.
  await signInWithPassword(merchant, MERCHANT, `/dashboard/outbox?q=${encodeURIComponent(CUSTOMER.email)}`);
  await merchant
    .getByTestId(dashboardTestIds.outboxRow)
    .filter({ hasText: CUSTOMER.email })
    .filter({ hasText: 'sign-in-link' })
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(merchant.getByTestId(dashboardTestIds.outboxEmailHeaders)).toContainText(CUSTOMER.email);
  await expect(merchant.getByTestId(dashboardTestIds.outboxEmailWithheld)).toContainText('sign-in link');
  await expect(merchant.getByTestId(dashboardTestIds.outboxEmailText)).toHaveCount(0);
  expect(await merchant.content()).not.toContain('/api/auth/callback/email');

  await customer.goto(link);
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
