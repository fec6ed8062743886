import { expect, test } from '@playwright/test';
import { CUSTOMER, signInWithPassword } from '../support/sign-in';

test('"sign out everywhere" on one device ends the session on the other at its next request', async ({ browser }) => {
  const [phone, laptop] = await Promise.all([browser.newContext(), browser.newContext()]);
  const onPhone = await phone.newPage();
  const onLaptop = await laptop.newPage();
  await signInWithPassword(onPhone, CUSTOMER, '/account');
  await signInWithPassword(onLaptop, CUSTOMER, '/account');

  await onLaptop.getByTestId('account-security-link').click();
  await onLaptop.getByTestId('sign-out-everywhere').click();
  await expect(onLaptop.getByTestId('sign-in-notice')).toHaveText('You were signed out on every device.');

  // The phone still holds its session cookie; the session behind it is gone.
  await onPhone.goto('/account');
  await expect(onPhone).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);

  // Signing in again works on both.
  await signInWithPassword(onPhone, CUSTOMER, '/account');
  await expect(onPhone).toHaveURL(/\/account$/);
  await Promise.all([phone.close(), laptop.close()]);
});
