import { expect, test } from '@playwright/test';
import { catalogTestIds as ids, dunningStepTestId, planFieldTestId } from '../../components/catalog/test-ids';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

const INTERVAL_MESSAGE = 'The billing interval must be a whole number of months from 1 to 120.';
const BACKWARDS_MESSAGE = 'Step 2 (day 7) comes before step 1 (day 14): steps must go forward in time.';

test('a merchant cannot save a plan or a reminder process the engine could not run', async ({ page }) => {
  await signInWithPassword(page, MERCHANT, '/dashboard/catalog');
  await expect(page).toHaveURL(/\/dashboard\/catalog$/);

  // The Trendhouse monthly plan: €32.00 every month.
  const trendhouse = page.getByTestId(ids.productSection).filter({ has: page.getByRole('heading', { name: 'Trendhouse', exact: true }) });
  const monthly = trendhouse.getByTestId(ids.planRow).filter({ hasText: 'trendhouse-monthly' });
  await expect(monthly.getByTestId(ids.planInterval)).toHaveText('month');
  await expect(monthly.getByTestId(ids.planPrice)).toContainText('€32.00');
  await monthly.getByTestId(ids.planLink).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/plans\/[0-9a-f-]{36}$/);
  const planUrl = page.url();

  // An interval of 0 months: refused beside the field, and the form keeps what was typed.
  const count = page.getByTestId(planFieldTestId('intervalCount'));
  await expect(count).toHaveValue('1');
  await count.fill('0');
  await page.getByTestId(planFieldTestId('price')).fill('40,00');
  await page.getByTestId(ids.planSubmit).click();
  await expect(page.getByTestId('field-error-intervalCount')).toHaveText(INTERVAL_MESSAGE);
  await expect(page.getByTestId(ids.planError)).toHaveText(INTERVAL_MESSAGE);
  await expect(count).toHaveValue('0');
  await expect(page.getByTestId(planFieldTestId('price'))).toHaveValue('40,00');

  // Nothing was saved.
  await page.reload();
  await expect(page.getByTestId(planFieldTestId('intervalCount'))).toHaveValue('1');
  await expect(page.getByTestId(planFieldTestId('price'))).toHaveValue('32.00');
  await expect(page.getByTestId(ids.planError)).toHaveCount(0);
  expect(page.url()).toBe(planUrl);

  // The standard reminder process with its first two steps on day 14, then day 7: refused.
  await page.getByRole('link', { name: '← Catalog' }).click();
  await page.getByTestId(ids.dunningRow).filter({ hasText: 'Standard reminder process' }).getByTestId(ids.dunningLink).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/dunning\/[0-9a-f-]{36}$/);
  const steps = async () => Promise.all([0, 1, 2, 3, 4].map((row) => page.getByTestId(dunningStepTestId(row, 'day')).inputValue()));
  expect(await steps()).toEqual(['1', '14', '21', '28', '42']);
  await page.getByTestId(dunningStepTestId(0, 'day')).fill('14');
  await page.getByTestId(dunningStepTestId(1, 'day')).fill('7');
  await page.getByTestId(ids.dunningSubmit).click();
  await expect(page.getByTestId(ids.dunningError)).toHaveText(BACKWARDS_MESSAGE);
  await expect(page.getByTestId('field-error-steps.1')).toHaveText(BACKWARDS_MESSAGE);
  await expect(page.getByTestId(dunningStepTestId(1, 'day'))).toHaveValue('7');

  // Nothing was saved.
  await page.reload();
  expect(await steps()).toEqual(['1', '14', '21', '28', '42']);
  await expect(page.getByTestId(dunningStepTestId(1, 'fee-EUR'))).toHaveValue('2.50');
});

test('a merchant adds a plan and a reminder process; both open their own page', async ({ page }) => {
  await signInWithPassword(page, MERCHANT, '/dashboard/catalog');
  // An inactive plan of the one-off yearbook: the shop does not sell it, other specs never see it.
  const yearbook = page.getByTestId(ids.productSection).filter({ has: page.getByRole('heading', { name: /Yearbook/ }) });
  await yearbook.getByTestId(ids.newPlanLink).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/plans\/new\?product=/);
  const code = `yearbook-e2e-${Date.now()}`;
  await page.getByTestId(planFieldTestId('name')).fill('Yearly reprint');
  await page.getByTestId(planFieldTestId('code')).fill(code);
  await page.getByTestId(planFieldTestId('price')).fill('12,50');
  await page.getByTestId(planFieldTestId('intervalUnit')).selectOption('year');
  await page.getByTestId(planFieldTestId('active')).uncheck();
  await page.getByTestId(ids.planSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId(planFieldTestId('price'))).toHaveValue('12.50');
  await expect(page.getByTestId(planFieldTestId('intervalUnit'))).toHaveValue('year');
  await expect(page.getByTestId(planFieldTestId('active'))).not.toBeChecked();

  await page.goto('/dashboard/catalog/dunning/new');
  const name = `Strict ${Date.now()}`;
  await page.getByTestId(ids.dunningName).fill(name);
  await page.getByTestId(dunningStepTestId(0, 'day')).fill('3');
  await page.getByTestId(dunningStepTestId(0, 'fee-EUR')).fill('5');
  await page.getByTestId(dunningStepTestId(2, 'day')).fill('10');
  await page.getByTestId(dunningStepTestId(2, 'action')).selectOption('suspend');
  await page.getByTestId(ids.dunningSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/dunning\/[0-9a-f-]{36}$/);
  // The blank row between them is gone.
  await expect(page.getByTestId(dunningStepTestId(0, 'fee-EUR'))).toHaveValue('5.00');
  await expect(page.getByTestId(dunningStepTestId(1, 'day'))).toHaveValue('10');
  await expect(page.getByTestId(dunningStepTestId(1, 'action'))).toHaveValue('suspend');
  await page.getByRole('link', { name: '← Catalog' }).click();
  await expect(page.getByTestId(ids.dunningRow).filter({ hasText: name })).toContainText('Day 3: remind, fee €5.00');
});

test('unknown and malformed catalog ids are a 404, not an error', async ({ page }) => {
  await signInWithPassword(page, MERCHANT, '/dashboard/catalog');
  for (const path of [
    '/dashboard/catalog/plans/00000000-0000-4000-8000-000000000000',
    '/dashboard/catalog/plans/not-a-plan',
    '/dashboard/catalog/plans/new?product=nope',
    '/dashboard/catalog/dunning/00000000-0000-4000-8000-000000000000',
    '/dashboard/catalog/dunning/not-a-process',
    '/dashboard/catalog/products/00000000-0000-4000-8000-000000000000',
    '/dashboard/catalog/products/not-a-product',
    '/dashboard/catalog/coupons/00000000-0000-4000-8000-000000000000',
    '/dashboard/catalog/coupons/not-a-coupon',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
