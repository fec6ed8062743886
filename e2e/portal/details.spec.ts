import { expect, test } from '@playwright/test';
import { NEW_CUSTOMER_PASSWORD, addTrendhouseToCart, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { linkFromOutbox } from '../support/outbox';
import { signInWithPassword } from '../support/sign-in';

test('a business gives its details at checkout, edits them on Min Side and moves its e-mail through the link sent to the new address', async ({ page }) => {
  // A customer of their own: the demo customer's address stays as other specs expect it.
  const email = uniqueEmail('details');
  await addTrendhouseToCart(page);
  await registerAtCheckout(page, email);

  // Checkout: the business fields show for a business; a mistyped VAT id is refused on its field.
  await page.getByTestId('details-customerType-business').check();
  await page.getByTestId('details-companyName').fill('Grachten Media B.V.');
  await page.getByTestId('details-vatId').fill('NL004495446B01');
  await page.getByTestId('payment-method-ideal').getByRole('radio').check();
  await page.getByTestId('to-summary').click();
  await expect(page.getByTestId('field-error-vatId')).toContainText('check digits do not match');
  // What was typed is still there to correct.
  await expect(page.getByTestId('details-companyName')).toHaveValue('Grachten Media B.V.');
  await page.getByTestId('details-vatId').fill('NL 0044.95.445 B01');
  await page.getByTestId('details-peppolScheme').fill('0106');
  await page.getByTestId('details-peppolId').fill('1234567');
  await page.getByTestId('payment-method-ideal').getByRole('radio').check();
  await page.getByTestId('to-summary').click();
  await expect(page.getByTestId('field-error-peppolId')).toBeVisible();
  await page.getByTestId('details-peppolId').fill('34084173');
  await page.getByTestId('payment-method-ideal').getByRole('radio').check();
  await page.getByTestId('to-summary').click();
  await expect(page).toHaveURL(/\/checkout\/summary$/);

  // Min Side → Details shows what checkout stored, normalised.
  await page.goto('/account');
  await page.getByTestId('account-details-link').click();
  await expect(page).toHaveURL(/\/account\/details$/);
  await expect(page.getByTestId('details-vatId')).toHaveValue('NL004495445B01');
  await expect(page.getByTestId('details-peppolId')).toHaveValue('34084173');

  await page.getByTestId('details-name').fill('Sanne de Vries');
  await page.getByTestId('details-city').fill('Utrecht');
  await page.getByTestId('details-postalCode').fill('3511 AB');
  await page.getByTestId('details-phone').fill('+31 20 123 4567');
  await page.getByTestId('details-organisationNumber').fill('3408417');
  await page.getByTestId('details-save').click();
  await expect(page.getByTestId('field-error-organisationNumber')).toContainText('A KvK number has 8 digits.');
  await page.getByTestId('details-organisationNumber').fill('34084173');
  await page.getByTestId('details-wantsEinvoice').check();
  await page.getByTestId('details-locale').selectOption('nl');
  await page.getByTestId('details-save').click();
  // Answered in the language just chosen.
  await expect(page.getByTestId('form-notice')).toHaveText('Je gegevens zijn opgeslagen. Je volgende facturen worden op deze gegevens opgemaakt.');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je gegevens');
  await expect(page.getByTestId('details-name')).toHaveValue('Sanne de Vries');
  await expect(page.getByTestId('details-city')).toHaveValue('Utrecht');
  await expect(page.getByTestId('details-organisationNumber')).toHaveValue('34084173');
  await expect(page.getByTestId('details-wantsEinvoice')).toBeChecked();

  // The e-mail address changes only once the link sent to the new one is opened.
  const newEmail = uniqueEmail('details-moved');
  await page.getByTestId('change-email-new').fill(newEmail);
  await page.getByTestId('change-email-password').fill(NEW_CUSTOMER_PASSWORD);
  await page.getByTestId('change-email-submit').click();
  await expect(page.getByTestId('form-notice').last()).toContainText(newEmail);
  await page.reload();
  await expect(page.getByTestId('change-email-form')).toContainText(email);

  await page.goto(await linkFromOutbox(page, newEmail, 'email-change', '/signin/email-change/'));
  await page.getByTestId('confirm-email-change').click();
  await expect(page).toHaveURL(/\/signin\?emailChanged=1/);

  await signInWithPassword(page, { email: newEmail, password: NEW_CUSTOMER_PASSWORD }, '/account/details');
  await expect(page.getByTestId('change-email-form')).toContainText(newEmail);
  await expect(page.getByTestId('details-name')).toHaveValue('Sanne de Vries');
});
