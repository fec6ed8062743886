import { expect, test } from '@playwright/test';
import { dashboardTestIds as ids } from '../../components/dashboard/test-ids';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

// The demo server plays a short history through the billing engine on its fresh database
// (KADENS_DEMO_HISTORY_* in playwright.config.ts), as `npm run dev` plays two years.
test('on the demo with a history, the merchant sees churn and MRR movements, drills into a churned subscriber, finds them by an invoice number and in the engine log', async ({
  page,
}) => {
  await signInWithPassword(page, MERCHANT, '/dashboard');
  const months = page.getByTestId(ids.mrrMonthsTable).first();
  // Movements over the months: new MRR and churn, each figure a link to the subscriptions behind it.
  await expect(months.locator('a[href*="figure=new"]').first()).toBeVisible();
  const churn = months.locator('a[href*="figure=churn"]');
  await expect(churn.first()).toBeVisible();
  await expect(months.locator('a[href*="figure=churn"]').first()).not.toHaveText(/^€0\.00$/);

  await churn.first().click();
  await expect(page).toHaveURL(/figure=churn/);
  const churned = page.getByTestId(ids.mrrSubscriptionRow);
  await expect(churned.first()).toBeVisible();
  // A churned subscription lowers MRR: its amount is negative.
  await expect(churned.first()).toContainText('-€');
  const customerLink = churned.first().getByRole('link');
  const name = (await customerLink.textContent())!.trim();
  await customerLink.click();

  await expect(page.getByTestId('customer-name')).toHaveText(name);
  await expect(page.getByTestId('customer-subscription').first()).toBeVisible();
  const summary = await page.locator('p.muted').filter({ hasText: 'customer since' }).first().textContent();
  const email = summary!.split(' · ')[0]!.trim();
  expect(email).toContain('@');

  // Their invoices, and one of them found again by its number alone, on page 1 of the search.
  await page.goto(`/dashboard/invoices?q=${encodeURIComponent(email)}`);
  await expect(page.getByTestId(ids.invoiceRow).first()).toBeVisible();
  const invoiceNumber = (await page.getByTestId(ids.invoiceNumber).first().textContent())!.trim();
  expect(invoiceNumber).toMatch(/^KD-/);

  await page.goto('/dashboard/invoices');
  await page.getByTestId(ids.tableFilter).fill(invoiceNumber);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(invoiceNumber)}`));
  await expect(page.getByTestId(ids.invoiceRow)).toHaveCount(1);
  await expect(page.getByTestId(ids.invoiceNumber)).toHaveText(invoiceNumber);
  await expect(page.getByTestId(ids.invoiceRow)).toContainText(name);
  await expect(page.getByTestId(ids.tablePageInfo)).toContainText('Page 1');

  // What the engine did for them: the engine log, searched by their e-mail and filtered by step.
  await page.goto(`/dashboard/engine-log?q=${encodeURIComponent(email)}&action=issue`);
  const steps = page.getByTestId(ids.engineLogRow);
  await expect(steps.first()).toBeVisible();
  for (const row of await steps.all()) {
    await expect(row).toContainText(name);
    await expect(row).toContainText('issue · term');
  }
  await expect(page.getByTestId(ids.tableExport)).toBeVisible();
});
