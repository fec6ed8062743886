import { expect, test } from '@playwright/test';
import { readDatabase } from '../support/e2e-database';
import { linkFromOutbox } from '../support/outbox';
import { NEW_CUSTOMER_PASSWORD, uniqueEmail } from '../support/checkout';

/** Amounts as Norwegian writes them ("32,00 €"), whatever space Intl puts before the sign. */
const euro = (amount: string) => new RegExp(`${amount}\\s€`);

test('a visitor orders in Norwegian: every step, Min Side and the confirmation e-mail in bokmål; the switcher stores another language', async ({
  page,
}) => {
  const email = uniqueEmail('norsk');

  // The product page in bokmål from ?lang=nb; the cookie keeps it on the next pages.
  await page.goto('/plans/trendhouse?lang=nb');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByText('Velg hvor ofte du betaler')).toBeVisible();
  await expect(page.getByTestId('plan-option-trendhouse-monthly')).toContainText('per måned');
  await page.getByTestId('plan-option-trendhouse-monthly').getByRole('radio').check();
  await expect(page.getByTestId('add-to-cart')).toHaveText('Legg i handlekurven');
  await page.getByTestId('add-to-cart').click();

  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handlekurven din');
  await expect(page.getByTestId('total')).toHaveText(euro('32,00'));
  await expect(page.getByText('Å betale nå')).toBeVisible();
  await page.getByTestId('go-to-checkout').click();

  // Registration: the e-mail language starts as the page's.
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole('heading', { name: 'Jeg er ny her' })).toBeVisible();
  const form = page.getByTestId('register-form');
  await expect(form.getByTestId('register-locale')).toHaveValue('nb');
  await form.getByLabel('Fullt navn').fill('Kari Nordmann');
  await form.getByTestId('register-email').fill(email);
  await form.getByLabel('Gateadresse').fill('Karl Johans gate 1');
  await form.getByLabel('Postnummer').fill('0154');
  await form.getByLabel('Poststed').fill('Oslo');
  await form.getByTestId('register-password').fill(NEW_CUSTOMER_PASSWORD);
  await form.getByRole('button', { name: 'Opprett konto' }).click();
  await expect(page.getByRole('heading', { name: 'Sjekk e-posten din' })).toBeVisible();

  await page.goto(await linkFromOutbox(page, email, 'confirm-email', '/signin/confirm/'));
  await expect(page.getByRole('heading', { name: 'Bekreft e-postadressen din' })).toBeVisible();
  await page.getByTestId('confirm-registration-password').fill(NEW_CUSTOMER_PASSWORD);
  await page.getByRole('button', { name: 'Bekreft og fortsett' }).click();

  // Payment method, summary, pay.
  await expect(page).toHaveURL(/\/checkout\/details$/);
  await expect(page.getByRole('heading', { name: 'Frakt og betaling' })).toBeVisible();
  await page.getByTestId('payment-method-ideal').getByRole('radio').check();
  await page.getByRole('button', { name: 'Gå videre til oppsummeringen' }).click();
  await expect(page).toHaveURL(/\/checkout\/summary$/);
  await expect(page.getByRole('heading', { name: 'Se over bestillingen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Fakturaadresse' })).toBeVisible();
  await expect(page.getByTestId('summary-lines').getByTestId('total')).toHaveText(euro('32,00'));
  await page.getByRole('button', { name: 'Betal', exact: true }).click();
  await expect(page).toHaveURL(/\/test-provider\/pay\/tp_/);
  await page.getByTestId('test-pay-pay').click();

  await expect(page.getByRole('heading', { name: 'Takk for bestillingen!' })).toBeVisible();
  const invoiceNumber = (await page.getByTestId('thank-you-invoice-number').textContent())!;
  await expect(page.getByTestId('thank-you')).toContainText(`Faktura ${invoiceNumber} er betalt.`);

  // Min Side in bokmål: the stored language, no ?lang= needed.
  await page.getByRole('link', { name: 'Gå til Min Side' }).click();
  await expect(page.getByRole('heading', { name: 'Abonnementer' })).toBeVisible();
  await expect(page.getByTestId('subscription-status')).toHaveText('aktiv');
  await expect(page.getByTestId('account-invoice')).toContainText(euro('32,00'));

  // The confirmation e-mail went out in bokmål.
  const [confirmation] = await readDatabase(
    (sql) => sql<{ locale: string; subject: string; text: string }[]>`
      select locale, subject, text from email_outbox
       where to_address = ${email} and template = 'order-confirmation'`,
  );
  expect(confirmation?.locale).toBe('nb');
  expect(confirmation?.subject).toMatch(/^Ordrebekreftelse /);
  expect(confirmation?.text).toContain('Vi har mottatt bestillingen din');

  // The switcher: German from now on, for the pages and for what is sent to this customer.
  await page.getByTestId('language-choice').selectOption('de');
  await page.getByTestId('language-submit').click();
  await expect(page.getByRole('heading', { name: 'Abonnements' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const [customer] = await readDatabase((sql) => sql<{ locale: string }[]>`select locale from customers where email = ${email}`);
  expect(customer?.locale).toBe('de');
});
