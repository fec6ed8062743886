import { payLinksIn } from '@/test/support/pay-links';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, invoiceLines } from '@/db/schema';
import { queueSuspensionNotice, sendSuspensionNotice } from './send-suspension-notice';
import { createTestInvoice, createTestSubscription } from './test-fixtures';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const rows = (key: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));

describe('sendSuspensionNotice', () => {
  test('names the subscription and the unpaid invoice, with a way to pay and restore; once', async () => {
    const { subscription, customer } = await createTestSubscription('nl');
    const { invoice } = await createTestInvoice('nl', 'open', { customer, subscriptionId: subscription.id, term: 2, reminderFeesMinor: [500] });

    await sendSuspensionNotice({ invoiceId: invoice.id });
    await sendSuspensionNotice({ invoiceId: invoice.id });
    const found = await rows(`suspension:${invoice.id}`);
    expect(found).toHaveLength(1);
    const [row] = found;
    expect(row).toMatchObject({ template: 'suspension-notice', locale: 'nl', toAddress: customer.email });
    expect(row!.subject).toBe(`Dienst opgeschort: factuur ${invoice.number} is onbetaald – Kadens Demo Shop`);
    expect(row!.text).toMatch(
      new RegExp(`je abonnement op Trendhouse – Monthly opgeschort omdat factuur ${invoice.number} \\(€\\s37,00\\)`, 'u'),
    );
    expect(row!.text).toContain('automatisch hersteld');
    expect(payLinksIn(row!.html).map((link) => link.invoiceId)).toContain(invoice.id);
  });

  test('the subscription of a first invoice is found on its plan line', async () => {
    const { subscription, customer } = await createTestSubscription('en');
    // An order's invoice names no subscription itself; its plan line does.
    const { invoice } = await createTestInvoice('en', 'open', { customer });
    await db.update(invoiceLines).set({ subscriptionId: subscription.id }).where(eq(invoiceLines.invoiceId, invoice.id));
    await sendSuspensionNotice({ invoiceId: invoice.id });
    const [row] = await rows(`suspension:${invoice.id}`);
    expect(row!.text).toContain('your subscription to Trendhouse – Monthly');
  });

  test('an invoice of no subscription: "your service"; a paid one: nothing', async () => {
    const { invoice } = await createTestInvoice('en');
    await sendSuspensionNotice({ invoiceId: invoice.id, payUrl: null });
    const [row] = await rows(`suspension:${invoice.id}`);
    expect(row!.text).toContain('We have suspended your service because invoice');
    expect(row!.text).not.toContain('Pay and restore');

    const paid = await createTestInvoice('en', 'paid');
    await expect(sendSuspensionNotice({ invoiceId: paid.invoice.id })).resolves.toBeNull();
  });
});

describe('queueSuspensionNotice', () => {
  test('in a transaction, twice: one row', async () => {
    const { invoice } = await createTestInvoice('de');
    const results = await db.transaction(async (tx) => [
      await queueSuspensionNotice(tx, { invoiceId: invoice.id }),
      await queueSuspensionNotice(tx, { invoiceId: invoice.id }),
    ]);
    expect(results.map((r) => r?.created)).toEqual([true, false]);
    expect(await rows(`suspension:${invoice.id}`)).toHaveLength(1);
  });
});
