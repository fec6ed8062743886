import { expect, type Page } from '@playwright/test';
import { MERCHANT, signInWithPassword } from './sign-in';

/**
 * The first link to `path` in the newest `template` message to `to`, read from the outbox (with
 * no e-mail provider configured, messages wait there) by the merchant in a browser context of
 * their own, so the page's own session is left alone.
 */
export async function linkFromOutbox(page: Page, to: string, template: string, path: string): Promise<string> {
  const context = await page.context().browser()!.newContext();
  try {
    const merchant = await context.newPage();
    await signInWithPassword(merchant, MERCHANT, '/dashboard/outbox');
    await merchant.getByTestId('outbox-row').filter({ hasText: to }).filter({ hasText: template }).first().getByRole('link').first().click();
    const text = (await merchant.getByTestId('outbox-email-text').textContent()) ?? '';
    const link = new RegExp(`https?://\\S+${path}\\S+`).exec(text)?.[0];
    expect(link, `the ${template} e-mail contains a ${path} link`).toBeTruthy();
    return link!;
  } finally {
    await context.close();
  }
}
