import { expect, test } from '@playwright/test';
import { NEW_CUSTOMER_PASSWORD, uniqueEmail } from '../support/checkout';
import { chooseRadio, press, typeInto } from '../support/keyboard';
import { linkFromOutbox } from '../support/outbox';

/**
 * The whole checkout and a Min Side action with the keyboard alone: Tab to each field and
 * button, type, arrows in radio groups and selects, Enter and Space. No clicks. (Opening the
 * e-mailed link is the mail program's business, so it is a plain navigation.)
 */
test('a customer orders a yearly plan, then stops it and undoes the stop on Min Side, with the keyboard alone', async ({ page }) => {
  const email = uniqueEmail('keyboard');
  await page.goto('/plans/trendhouse');
  await chooseRadio(page, 'planId', page.getByTestId('plan-option-trendhouse-yearly').getByRole('radio'));
  await press(page, page.getByTestId('add-to-cart'));
  await expect(page).toHaveURL(/\/cart$/);

  await press(page, page.getByTestId('go-to-checkout'));
  await expect(page).toHaveURL(/\/checkout$/);
  const form = page.getByTestId('register-form');
  await typeInto(page, form.getByTestId('register-name'), 'Ola Tastatur');
  await typeInto(page, form.getByTestId('register-email'), email);
  await typeInto(page, form.getByTestId('register-addressLine1'), 'Storgata 5');
  await typeInto(page, form.getByTestId('register-postalCode'), '0155');
  await typeInto(page, form.getByTestId('register-city'), 'Oslo');
  await typeInto(page, form.getByTestId('register-password'), NEW_CUSTOMER_PASSWORD);
  await press(page, form.getByTestId('register-submit'));
  await expect(page.getByTestId('check-email-registered')).toBeVisible();

  await page.goto(await linkFromOutbox(page, email, 'confirm-email', '/signin/confirm/'));
  await typeInto(page, page.getByTestId('confirm-registration-password'), NEW_CUSTOMER_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checkout\/details$/);

  await chooseRadio(page, 'paymentMethod', page.getByTestId('payment-method-ideal').getByRole('radio'));
  await press(page, page.getByTestId('to-summary'));
  await expect(page).toHaveURL(/\/checkout\/summary$/);
  await press(page, page.getByTestId('pay'));
  await expect(page).toHaveURL(/\/test-provider\/pay\/tp_/);
  await press(page, page.getByTestId('test-pay-pay'));
  await expect(page.getByTestId('thank-you')).toBeVisible();

  // Min Side: stop at the end of the term, saying why, then undo it.
  await press(page, page.getByTestId('to-account'));
  await expect(page).toHaveURL(/\/account$/);
  const row = page.getByTestId('account-subscription');
  await press(page, row.getByTestId('subscription-stop-open'));
  await expect(row.getByTestId('subscription-stop-form')).toBeVisible();
  await press(page, row.getByTestId('subscription-stop-reason'), 'ArrowDown');
  await expect(row.getByTestId('subscription-stop-reason')).not.toHaveValue('');
  await press(page, row.getByTestId('subscription-stop-confirm'));
  await expect(row.getByTestId('subscription-stops-on')).toBeVisible();
  await press(page, row.getByTestId('subscription-undo-stop'));
  await expect(row.getByTestId('subscription-stop-open')).toBeVisible();
});
