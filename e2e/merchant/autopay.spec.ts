import { expect, test, type Page } from '@playwright/test';
import { testClockTestIds as ids } from '../../components/test-clocks/test-ids';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

// The engine runs several dates per advance: give the page time to come back.
const ADVANCE = { timeout: 30_000 };

function invoiceOfTerm(page: Page, term: number) {
  return page.getByTestId(ids.invoiceRow).filter({ has: page.getByTestId(ids.invoiceTerm).getByText(String(term), { exact: true }) });
}

/** A clock on Jan 15 with one Trendhouse monthly subscriber paying by autopay on a card that behaves as given. */
async function simulatedAutopaySubscriber(page: Page, mandate: 'flaky' | 'failing') {
  await signInWithPassword(page, MERCHANT, '/dashboard/test-clocks');
  await page.getByTestId(ids.createName).fill(`Autopay ${mandate} ${Date.now()}`);
  await page.getByTestId(ids.createStartAt).fill('2026-01-15T10:00');
  await page.getByTestId(ids.createSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/test-clocks\/[0-9a-f-]{36}$/);
  const plan = page.getByTestId(ids.subscriberPlan);
  await plan.selectOption((await plan.locator('option[data-plan-code="trendhouse-monthly"]').getAttribute('value'))!);
  await page.getByTestId(ids.subscriberMandate).selectOption(mandate);
  await page.getByTestId(ids.subscriberSubmit).click();
  await expect(page.getByTestId(ids.subscriptionStatus)).toHaveText('active');
  return page.url();
}

async function advanceTo(page: Page, to: string, shown: string) {
  await page.getByTestId(ids.advanceTo).fill(to);
  await page.getByTestId(ids.advanceToSubmit).click();
  await expect(page.getByTestId(ids.clockTime)).toHaveText(shown, ADVANCE);
}

test('autopay renews on a test clock: the card fails twice (insufficient funds), the third attempt pays', async ({ page }) => {
  await simulatedAutopaySubscriber(page, 'flaky');
  await advanceTo(page, '2026-02-25T10:00', '2026-02-25 10:00');
  const term1 = invoiceOfTerm(page, 1);
  await expect(term1.getByTestId(ids.invoiceAttempts)).toHaveText('1 failed, 2 failed, 3 paid');
  await expect(term1.getByTestId(ids.invoiceStatus)).toHaveText('paid');
  await expect(page.getByTestId(ids.subscriptionStatus)).toHaveText('active');
});

test('autopay fails for good: suspended by the dunning plan, then paid through the e-mailed link and reactivated', async ({ page }) => {
  const clockUrl = await simulatedAutopaySubscriber(page, 'failing');
  await advanceTo(page, '2026-04-05T10:00', '2026-04-05 10:00');
  await expect(invoiceOfTerm(page, 1).getByTestId(ids.invoiceAttempts)).toHaveText('1 failed');
  await expect(page.getByTestId(ids.subscriptionStatus)).toHaveText('suspended');
  const number = (await invoiceOfTerm(page, 1).getByTestId(ids.invoiceNumber).textContent())!.trim();

  // The "payment failed" e-mail carries a pay link that works without signing in.
  const failedEmail = page
    .getByTestId(ids.emailRow)
    .filter({ has: page.getByTestId(ids.emailTemplate).getByText('payment-failed', { exact: true }) })
    .filter({ hasText: number });
  await expect(failedEmail).toHaveCount(1);
  await failedEmail.getByTestId(ids.emailLink).click();
  const payLink = await page.frameLocator('iframe').locator('a[href*="/pay/"]').first().getAttribute('href');
  expect(payLink).toMatch(/\/pay\/[0-9a-f-]{36}\.[0-9a-z]+\.[\w-]{32}$/);

  await page.goto(new URL(payLink!).pathname);
  await expect(page.getByTestId('pay-link-status')).toHaveText('open');
  await page.getByTestId('pay-invoice-form').locator('select[name="method"]').selectOption('card');
  await page.getByTestId('pay-invoice').click();
  await expect(page).toHaveURL(/\/test-provider\/pay\/tp_/);
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('payment-result')).toContainText('payment was received');
  await expect(page.getByTestId('pay-link-status')).toHaveText('paid');

  // Back on the clock: the invoice is paid and the subscription active again.
  await page.goto(clockUrl);
  await expect(invoiceOfTerm(page, 1).getByTestId(ids.invoiceStatus)).toHaveText('paid');
  await expect(page.getByTestId(ids.subscriptionStatus)).toHaveText('active');
});

test('a forged pay link is a 404', async ({ page }) => {
  const response = await page.goto('/pay/00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  expect(response?.status()).toBe(404);
});
