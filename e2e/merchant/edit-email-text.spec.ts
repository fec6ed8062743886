import { expect, test, type Page } from '@playwright/test';
import { dashboardTestIds } from '../../components/dashboard/test-ids';
import { testClockTestIds as clock } from '../../components/test-clocks/test-ids';
import { textsTestIds as ids } from '../../components/texts/test-ids';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

const INTRO = 'emails.invoice.intro';
const row = (page: Page, key: string) => page.locator(`[data-testid="${ids.row}"][data-key="${key}"]`);

test('a merchant rewords the invoice e-mail; the next invoice e-mail in the outbox says it', async ({ page }) => {
  const tag = `Texts${Date.now()}`;
  await signInWithPassword(page, MERCHANT, '/dashboard/texts');
  await page.locator(`[data-testid="${ids.targetLink}"][data-target="invoice"]`).click();
  await expect(page).toHaveURL(/\/dashboard\/texts\/invoice$/);
  const intro = row(page, INTRO);

  // Bad input: a macro the invoice e-mail does not offer is refused, naming it; nothing is saved.
  await intro.getByTestId(ids.input).fill('Hi {nope}');
  await intro.getByTestId(ids.save).click();
  await expect(intro.getByTestId('field-error-text')).toContainText('Unknown macro {nope}');
  await expect(intro.getByTestId(ids.reset)).toHaveCount(0);

  // The merchant's text with macros: the live preview renders it in the real template with sample data.
  await intro.getByTestId(ids.input).fill(`Dear {name}, invoice {invoice} of {amount} is ready. Ref ${tag}.`);
  await expect(page.frameLocator(`[data-testid="${ids.preview}"]`).locator('body')).toContainText(`Dear Daan de Vries, invoice KD-000042 of`);
  await intro.getByTestId(ids.save).click();
  await expect(intro.getByTestId('form-notice')).toContainText('Saved');
  await expect(intro.getByTestId(ids.reset)).toBeVisible();

  // The next invoice e-mail: a simulated Trendhouse subscriber invoiced a month later.
  await page.goto('/dashboard/test-clocks');
  await page.getByTestId(clock.createName).fill(tag);
  await page.getByTestId(clock.createStartAt).fill('2026-01-31T10:00');
  await page.getByTestId(clock.createSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/test-clocks\/[0-9a-f-]{36}$/);
  const plan = page.getByTestId(clock.subscriberPlan);
  await plan.selectOption((await plan.locator('option[data-plan-code="trendhouse-monthly"]').getAttribute('value'))!);
  await page.getByTestId(clock.subscriberName).fill(`${tag} Customer`);
  await page.getByTestId(clock.subscriberAutopay).uncheck();
  await page.getByTestId(clock.subscriberSubmit).click();
  await expect(page.getByTestId(clock.subscriptionRow)).toHaveCount(1);
  await page.getByTestId(clock.advanceStepMonth).click();
  await expect(page.getByTestId(clock.clockTime)).toHaveText('2026-02-28 10:00', { timeout: 30_000 });
  const number = (await page.getByTestId(clock.invoiceNumber).first().textContent())!.trim();

  // The outbox, searched for this invoice's number: its e-mail carries the merchant's words.
  await page.goto(`/dashboard/outbox?q=${encodeURIComponent(number)}`);
  const mail = page.getByTestId(dashboardTestIds.outboxRow).filter({ hasText: `Invoice ${number}` });
  await expect(mail).toHaveCount(1);
  await mail.getByRole('link', { name: new RegExp(number) }).click();
  await expect(page.getByTestId(dashboardTestIds.outboxEmailText)).toContainText(`Dear ${tag} Customer, invoice ${number} of €32.00 is ready. Ref ${tag}.`);

  // Reset to default: the catalog's text is back, for the next specs too.
  await page.goto('/dashboard/texts/invoice');
  await row(page, INTRO).getByTestId(ids.reset).click();
  await expect(row(page, INTRO).getByTestId(ids.reset)).toHaveCount(0);
  await expect(row(page, INTRO).getByTestId(ids.input)).toHaveValue('Here is your invoice.');
});
