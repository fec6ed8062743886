import { expect, type Locator } from '@playwright/test';

/**
 * Waits until React has taken over `element` (its fiber is attached): before that, a click on a
 * form's button submits the form natively, without the client's pending state or handlers.
 */
export async function expectHydrated(element: Locator): Promise<void> {
  await expect.poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactFiber')))).toBe(true);
}
