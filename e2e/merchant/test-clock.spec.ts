import { expect, test, type Page } from '@playwright/test';
import { testClockTestIds as ids } from '../../components/test-clocks/test-ids';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

// The engine runs several dates per advance: give the page time to come back.
const ADVANCE = { timeout: 30_000 };

function invoiceOfTerm(page: Page, term: number) {
  return page.getByTestId(ids.invoiceRow).filter({ has: page.getByTestId(ids.invoiceTerm).getByText(String(term), { exact: true }) });
}

test('a merchant simulates a Trendhouse subscriber without autopay: invoiced, reminded with a fee, suspended', async ({ page }) => {
  await signInWithPassword(page, MERCHANT, '/dashboard/test-clocks');
  await expect(page).toHaveURL(/\/dashboard\/test-clocks$/);

  // A new clock on Jan 31, 10:00 in the shop's zone: its page opens.
  const name = `Dunning ${Date.now()}`;
  await page.getByTestId(ids.createName).fill(name);
  await page.getByTestId(ids.createStartAt).fill('2026-01-31T10:00');
  await page.getByTestId(ids.createSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/test-clocks\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId(ids.clockName)).toHaveText(name);
  await expect(page.getByTestId(ids.clockTime)).toHaveText('2026-01-31 10:00');

  // A Trendhouse monthly subscriber, invoiced by e-mail (no autopay).
  const plan = page.getByTestId(ids.subscriberPlan);
  // By code: other products may carry the same name; the code is unique.
  const monthly = await plan.locator('option[data-plan-code="trendhouse-monthly"]').getAttribute('value');
  await plan.selectOption(monthly!);
  await page.getByTestId(ids.subscriberAutopay).uncheck();
  await page.getByTestId(ids.subscriberSubmit).click();
  await expect(page.getByTestId(ids.subscriptionRow)).toHaveCount(1);
  await expect(page.getByTestId(ids.subscriptionStatus)).toHaveText('active');
  await expect(page.getByTestId(ids.subscriptionTerm)).toHaveText('0');

  // +1 month: Feb 28 (the anchor day clamped), term 1 has begun and its invoice is open and e-mailed.
  await page.getByTestId(ids.advanceStepMonth).click();
  await expect(page.getByTestId(ids.clockTime)).toHaveText('2026-02-28 10:00', ADVANCE);
  await expect(page.getByTestId(ids.advanceReport)).toBeVisible();
  await expect(page.getByTestId(ids.advanceReportFailures)).toHaveText('no failures');
  await expect(page.getByTestId(ids.subscriptionTerm)).toHaveText('1');
  await expect(page.getByTestId(ids.subscriptionStatus)).toHaveText('active');
  const term1 = invoiceOfTerm(page, 1);
  await expect(term1).toHaveCount(1);
  await expect(term1.getByTestId(ids.invoiceStatus)).toHaveText('open');
  await expect(term1.getByTestId(ids.invoiceTotal)).toHaveText('€32.00');
  const number = (await term1.getByTestId(ids.invoiceNumber).textContent())!.trim();
  const invoiceEmail = page
    .getByTestId(ids.emailRow)
    .filter({ has: page.getByTestId(ids.emailTemplate).getByText('invoice', { exact: true }) })
    .filter({ hasText: number });
  await expect(invoiceEmail).toHaveCount(1);
  await expect(invoiceEmail.getByTestId(ids.emailLink)).toHaveAttribute('href', /^\/dashboard\/outbox\/[0-9a-f-]{36}$/);

  // Bad input: a date before the clock's time is refused, and the clock stays where it is.
  await page.getByTestId(ids.advanceTo).fill('2026-02-01T10:00');
  await page.getByTestId(ids.advanceToSubmit).click();
  await expect(page.getByTestId(ids.advanceError)).toContainText('only moves forward');
  await expect(page.getByTestId(ids.clockTime)).toHaveText('2026-02-28 10:00');

  // To Apr 6: unpaid past its due date (Mar 14), reminded twice (the second with a €2.50 fee on
  // the invoice) and suspended 21 days after due.
  await page.getByTestId(ids.advanceTo).fill('2026-04-06T10:00');
  await page.getByTestId(ids.advanceToSubmit).click();
  await expect(page.getByTestId(ids.clockTime)).toHaveText('2026-04-06 10:00', ADVANCE);
  await expect(page.getByTestId(ids.advanceError)).toHaveCount(0);
  await expect(page.getByTestId(ids.subscriptionStatus)).toHaveText('suspended');
  await expect(invoiceOfTerm(page, 1).getByTestId(ids.invoiceTotal)).toHaveText('€34.50');
  await expect(page.getByTestId(ids.logAction).filter({ hasText: /^dunning:/ }).first()).toBeVisible();

  // The list counts the clock's simulated customer.
  await page.getByRole('link', { name: '← Test clocks' }).click();
  const row = page.getByTestId(ids.clockRow).filter({ hasText: name });
  await expect(row.getByTestId(ids.clockRowTime)).toHaveText('2026-04-06 10:00');
  await expect(row.getByTestId(ids.clockRowCustomers)).toHaveText('1');
});

test('unknown and malformed clock ids are a 404, not an error', async ({ page }) => {
  await signInWithPassword(page, MERCHANT, '/dashboard/test-clocks');
  for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-clock', "1'%20or%20'1'='1"]) {
    const response = await page.goto(`/dashboard/test-clocks/${id}`);
    expect(response?.status(), id).toBe(404);
  }
});
