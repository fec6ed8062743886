import type { Page } from '@playwright/test';
import { latestLinkInOutbox } from './sign-in-links';

/**
 * The first link to `path` in the newest `template` message to `to`, read from the outbox table.
 * These messages carry credentials (confirmation and reset links), which staff never see on the
 * dashboard, so the suite reads the mailbox the way a real one is read: outside the app.
 * (`page` is kept so specs read like a person checking their mail mid-flow.)
 */
export async function linkFromOutbox(_page: Page, to: string, template: string, path: string): Promise<string> {
  return latestLinkInOutbox(to, template, new RegExp(`https?://\\S+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\S+`));
}
