import { expect, test, type Page } from '@playwright/test';
import { catalogTestIds as ids, planFieldTestId, productFieldTestId } from '../../components/catalog/test-ids';
import { expectHydrated } from '../support/hydration';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

/** What the browser refused under the page's Content-Security-Policy (a script it did not run). */
function cspRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

test('a visitor’s plan page, kept for everyone, shows a new price on the next visit after the merchant saves it; its scripts run under the hash-based policy', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = `${Date.now()}`.slice(-8);
  const slug = `fresh-${tag}`;
  await signInWithPassword(page, MERCHANT, '/dashboard/catalog');
  await page.getByTestId(ids.newProductLink).click();
  await page.getByTestId(productFieldTestId('name')).fill(`Fresh ${tag}`);
  await page.getByTestId(productFieldTestId('slug')).fill(slug);
  await page.getByTestId(ids.productSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/products\/[0-9a-f-]{36}$/);
  await page.getByTestId(ids.newPlanLink).click();
  await page.getByTestId(planFieldTestId('name')).fill('Monthly');
  await page.getByTestId(planFieldTestId('code')).fill(`fresh-${tag}-monthly`);
  await page.getByTestId(planFieldTestId('price')).fill('10');
  await page.getByTestId(ids.planSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/plans\/[0-9a-f-]{36}$/);

  // A visitor without an account, in German by their browser.
  const visitor = await (await browser.newContext({ locale: 'de-DE' })).newPage();
  const refusals = cspRefusals(visitor);
  const first = await visitor.goto(`/plans/${slug}`);
  const policy = first?.headers()['content-security-policy'] ?? '';
  expect(policy.split('; ').find((directive) => directive.startsWith('script-src'))).toMatch(/^script-src 'self'( 'sha256-[\w+/=]+')+$/);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'de');
  const option = visitor.getByTestId(`plan-option-fresh-${tag}-monthly`);
  await expect(option).toContainText('10,00 €');

  // The merchant raises the price: the visitor's next visit shows it, in the same language.
  await page.getByTestId(planFieldTestId('price')).fill('12');
  await page.getByTestId(ids.planSubmit).click();
  await expect(page.getByTestId(planFieldTestId('price'))).toHaveValue('12.00');
  await visitor.reload();
  await expect(option).toContainText('12,00 €');

  // ?lang= over the browser's language; the switcher over both, kept for the next visit.
  await visitor.goto(`/plans/${slug}?lang=nl`);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(option).toContainText('€ 12,00');
  await visitor.getByTestId('language-choice').selectOption('en');
  await visitor.getByTestId('language-submit').click();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'en');
  await expect(visitor).toHaveURL(new RegExp(`/plans/${slug}$`));
  await visitor.goto(`/plans/${slug}`);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'en');
  await expect(option).toContainText('€12.00 every month');

  // The page's scripts ran under the hashes (React took over the page: its inline data is needed
  // for that), none was refused, and the order goes on.
  await expectHydrated(visitor.getByTestId('add-to-cart'));
  await option.getByRole('radio').check();
  await visitor.getByTestId('add-to-cart').click();
  await expect(visitor).toHaveURL(/\/cart$/);
  expect(refusals).toEqual([]);
});
