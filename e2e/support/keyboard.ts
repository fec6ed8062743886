import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves the focus with Tab (forward) until `target` has it, as a keyboard user would; fails if
 * it is not reachable within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with Tab').toBeFocused();
}

/** Tab to a field and type into it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** Tab to a button or link and press Enter. */
export async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Tab into a radio group (to its checked radio) and move with the arrow keys until `target` is checked. */
export async function chooseRadio(page: Page, name: string, target: Locator, limit = 10): Promise<void> {
  await tabTo(page, page.locator(`input[type="radio"][name="${name}"]:checked`));
  for (let i = 0; i < limit && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
}
