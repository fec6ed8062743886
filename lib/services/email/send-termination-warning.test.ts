import { payLinksIn } from '@/test/support/pay-links';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { queueTerminationWarning, sendTerminationWarning } from './send-termination-warning';
import { createTestInvoice, createTestSubscription } from './test-fixtures';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const rows = (key: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
const terminateAt = new Date('2026-04-30T09:00:00Z');

describe('sendTerminationWarning', () => {
  test('says the subscription ends on the date unless paid; once', async () => {
    const { subscription, customer } = await createTestSubscription('nb');
    const { invoice } = await createTestInvoice('nb', 'open', { customer, subscriptionId: subscription.id, term: 1 });

    await sendTerminationWarning({ invoiceId: invoice.id, terminateAt });
    await sendTerminationWarning({ invoiceId: invoice.id, terminateAt });
    const found = await rows(`termination-warning:${invoice.id}`);
    expect(found).toHaveLength(1);
    const [row] = found;
    expect(row).toMatchObject({ template: 'termination-warning', locale: 'nb', toAddress: customer.email });
    expect(row!.subject).toBe('Abonnementet ditt avsluttes 30. april 2026 – Kadens Demo Shop');
    expect(row!.text).toMatch(new RegExp(`Faktura ${invoice.number} \\(32,00\\s€\\) er fortsatt ubetalt`, 'u'));
    expect(row!.text).toContain('Abonnementet ditt på Trendhouse – Monthly avsluttes 30. april 2026 med mindre');
    expect(payLinksIn(row!.html).map((link) => link.invoiceId)).toContain(invoice.id);
  });

  test('a paid invoice: no warning', async () => {
    const { invoice } = await createTestInvoice('en', 'paid');
    await expect(sendTerminationWarning({ invoiceId: invoice.id, terminateAt })).resolves.toBeNull();
    expect(await rows(`termination-warning:${invoice.id}`)).toHaveLength(0);
  });
});

describe('queueTerminationWarning', () => {
  test('in a transaction, twice: one row', async () => {
    const { invoice } = await createTestInvoice('en');
    const results = await db.transaction(async (tx) => [
      await queueTerminationWarning(tx, { invoiceId: invoice.id, terminateAt }),
      await queueTerminationWarning(tx, { invoiceId: invoice.id, terminateAt }),
    ]);
    expect(results.map((r) => r?.created)).toEqual([true, false]);
    const [row] = await rows(`termination-warning:${invoice.id}`);
    expect(row!.subject).toBe('Your subscription will be terminated on 30 April 2026 – Kadens Demo Shop');
  });
});
