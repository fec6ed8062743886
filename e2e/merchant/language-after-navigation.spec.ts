import { expect, test } from '@playwright/test';
import { dashboardTestIds as ids } from '../../components/dashboard/test-ids';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

test('the header’s language choice comes back to the dashboard page moved to in the browser, not to the first one loaded', async ({ page }) => {
  await signInWithPassword(page, MERCHANT, '/dashboard');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // A move inside the dashboard: the browser's router, the header (and its form) not rendered again.
  await page.getByTestId(ids.nav).locator('a[href="/dashboard/subscribers"]').click();
  await expect(page).toHaveURL(/\/dashboard\/subscribers$/);
  await page.getByTestId('language-choice').selectOption('de');
  await page.getByTestId('language-submit').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveURL(/\/dashboard\/subscribers$/);
});
