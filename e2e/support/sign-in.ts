import { expect, type Page } from '@playwright/test';

export const MERCHANT = { email: 'merchant@example.com', password: 'kadens-demo' };
export const CUSTOMER = { email: 'customer@example.com', password: 'kadens-demo' };

export async function signInWithPassword(page: Page, who: { email: string; password: string }, callbackUrl: string) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByTestId('sign-in-email').fill(who.email);
  await page.getByTestId('sign-in-password').fill(who.password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(who.email);
}
