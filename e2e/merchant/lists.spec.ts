import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dashboardTestIds as ids } from '../../components/dashboard/test-ids';
import { importListRows } from '../support/list-rows';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

test('the merchant searches subscribers, pages through them on the server, exports the list, and finds an invoice by number', async ({
  page,
  baseURL,
}) => {
  // Twelve customers and subscriptions through the API first (each subscription sends its first invoice).
  test.setTimeout(180_000);
  const tag = `Lst${Date.now().toString(36)}`;
  await signInWithPassword(page, MERCHANT, '/dashboard');
  // More subscribers than a page, imported through the public API (an import of existing ones).
  const { invoiceNumber } = await importListRows(page, baseURL!, tag, 12);

  await page.goto('/dashboard/subscribers?size=10');
  await page.getByTestId(ids.tableFilter).fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  const rows = page.getByTestId(ids.subscriberRow);
  await expect(rows).toHaveCount(10);
  // Latest start first: the twelfth subscriber heads page 1.
  await expect(rows.first()).toContainText(`${tag} 12`);
  await expect(page.getByTestId(ids.tablePageInfo)).toContainText('Page 1');

  await page.getByTestId(ids.tableNextPage).click();
  await expect(page.getByTestId(ids.tablePageInfo)).toContainText('Page 2');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(`${tag} 02`);
  await expect(page.getByTestId(ids.tableNextPage)).toBeDisabled();
  await page.getByTestId(ids.tablePreviousPage).click();
  await expect(page.getByTestId(ids.tablePageInfo)).toContainText('Page 1');
  await expect(rows.first()).toContainText(`${tag} 12`);

  // The export has every matching row, not just the page on screen.
  const download = page.waitForEvent('download');
  await page.getByTestId(ids.tableExport).click();
  const csv = readFileSync(await (await download).path(), 'utf8').trimEnd().split('\r\n');
  expect(csv[0]).toMatch(/^subscription_id,customer_id,customer_name,customer_email,/);
  expect(csv).toHaveLength(13);
  expect(csv.filter((line) => line.includes(`${tag} `))).toHaveLength(12);

  // An invoice by its number, on page 1 of the search.
  await page.goto('/dashboard/invoices');
  await page.getByTestId(ids.tableFilter).fill(invoiceNumber.toLowerCase());
  await expect(page.getByTestId(ids.invoiceNumber).getByText(invoiceNumber, { exact: true })).toHaveCount(1);

  // A sort the list does not have is refused in words, and the list still shows.
  await page.goto('/dashboard/subscribers?sort=password');
  await expect(page.getByTestId(ids.tableError)).toContainText('cannot be sorted by “password”');
  await expect(page.getByTestId(ids.tableFilter)).toBeVisible();
});
