import { expect, test } from '@playwright/test';
import { addTrendhouseToCart, NEW_CUSTOMER_PASSWORD, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { signInWithPassword } from '../support/sign-in';

test('"sign out everywhere" on one device ends the session on the other at its next request', async ({ browser }) => {
  const [phone, laptop] = await Promise.all([browser.newContext(), browser.newContext()]);
  const onPhone = await phone.newPage();
  const onLaptop = await laptop.newPage();
  // A customer of its own: other specs sign in as the demo customer at the same time, and
  // "everywhere" would end their sessions too.
  const CUSTOMER = { email: uniqueEmail('everywhere'), password: NEW_CUSTOMER_PASSWORD };
  await addTrendhouseToCart(onPhone);
  await registerAtCheckout(onPhone, CUSTOMER.email); // signed in on the phone from here
  await onPhone.goto('/account');
  await expect(onPhone.getByTestId('signed-in-as')).toHaveText(CUSTOMER.email);
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
