import { expect } from '@playwright/test';
import { readDatabase } from './e2e-database';

/**
 * The sign-in link last e-mailed to `email`, read from the outbox table. Staff never see these
 * links on the dashboard (they are credentials), so the suite reads the mailbox the way a real
 * one would be read: outside the app.
 */
export async function latestSignInLink(email: string): Promise<string> {
  return latestLinkInOutbox(email, 'sign-in-link', /https?:\/\/\S+\/api\/auth\/callback\/email\S+/);
}

/** The first link matching `pattern` in the newest `template` message to `email`, once it is there. */
export async function latestLinkInOutbox(email: string, template: string, pattern: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const rows = await readDatabase(
        (sql) => sql<{ text: string }[]>`
          select text from email_outbox
           where to_address = ${email} and template = ${template}
           order by created_at desc limit 1`,
      );
      link = rows[0]?.text.match(pattern)?.[0];
      return link;
    }, { message: `a ${template} link e-mailed to ${email}` })
    .toBeTruthy();
  return link!;
}

/** The id of the invoice with this number (the dashboard links invoices by id). */
export async function invoiceIdByNumber(number: string): Promise<string> {
  const rows = await readDatabase((sql) => sql<{ id: string }[]>`select id from invoices where number = ${number}`);
  expect(rows, `invoice ${number}`).toHaveLength(1);
  return rows[0]!.id;
}
