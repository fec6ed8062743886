import { payLinksIn } from '@/test/support/pay-links';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { queueTermination, sendTermination } from './send-termination';
import { createTestInvoice, createTestSubscription } from './test-fixtures';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const rows = (key: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
const terminatedAt = new Date('2026-05-01T09:00:00Z');

describe('sendTermination', () => {
  test('lists what is still owed on the subscription’s open invoices; once', async () => {
    const { subscription, customer } = await createTestSubscription('en');
    const first = await createTestInvoice('en', 'open', { customer, subscriptionId: subscription.id, term: 1, reminderFeesMinor: [500] });
    const second = await createTestInvoice('en', 'open', { customer, subscriptionId: subscription.id, term: 2, amountPaidMinor: 1200 });
    await createTestInvoice('en', 'paid', { customer, subscriptionId: subscription.id, term: 0 });
    const unrelated = await createTestInvoice('en', 'open', { customer });

    await sendTermination({ subscriptionId: subscription.id, terminatedAt });
    await sendTermination({ subscriptionId: subscription.id, terminatedAt });
    const found = await rows(`termination:${subscription.id}`);
    expect(found).toHaveLength(1);
    const [row] = found;
    expect(row).toMatchObject({ template: 'termination', locale: 'en', toAddress: customer.email });
    expect(row!.subject).toBe('Your subscription to Trendhouse – Monthly has been terminated – Kadens Demo Shop');
    expect(row!.text).toContain('we terminated your subscription to Trendhouse – Monthly on 1 May 2026');
    expect(row!.text).toMatch(new RegExp(`${first.invoice.number}\\s+€37\\.00`));
    expect(row!.text).toMatch(new RegExp(`${second.invoice.number}\\s+€20\\.00`));
    expect(row!.text).toMatch(/Total owed\s+€57\.00/);
    expect(row!.text).toContain('Amount still owed: €57.00.');
    expect(row!.text).not.toContain(unrelated.invoice.number!);
    expect(row!.html).toContain('href="https://shop.example/account"');
  });

  test('a credit note on an open invoice lowers what it says is owed', async () => {
    const { subscription, customer } = await createTestSubscription('en');
    const { invoice } = await createTestInvoice('en', 'open', { customer, subscriptionId: subscription.id, term: 1 });
    const credited = await issueCreditNote({
      invoiceId: invoice.id,
      amountMinor: 700,
      reason: 'Late delivery',
      disposition: 'auto',
      staffUserId: null,
      now: new Date('2026-04-01T09:00:00Z'),
    });
    expect(credited.ok).toBe(true);
    await sendTermination({ subscriptionId: subscription.id, terminatedAt });
    const [row] = await rows(`termination:${subscription.id}`);
    expect(row!.text).toMatch(new RegExp(`${invoice.number}\\s+€25\\.00`));
    expect(row!.text).toContain('Amount still owed: €25.00.');
  });

  test('nothing owed: says so, without a pay button', async () => {
    const { subscription } = await createTestSubscription('de');
    await sendTermination({ subscriptionId: subscription.id, terminatedAt });
    const [row] = await rows(`termination:${subscription.id}`);
    expect(row!.subject).toBe('Ihr Abonnement Trendhouse – Monthly wurde gekündigt – Kadens Demo Shop');
    expect(row!.text).toContain('Es ist nichts mehr offen.');
    expect(row!.text).not.toContain('Jetzt bezahlen');
  });

  test('an unknown subscription is a bug', async () => {
    await expect(
      sendTermination({ subscriptionId: '00000000-0000-4000-8000-000000000000', terminatedAt }),
    ).rejects.toThrow('does not exist');
  });
});

describe('queueTermination', () => {
  test('in a transaction, twice: one row; one open invoice gets its own pay link', async () => {
    const { subscription, customer } = await createTestSubscription('nb');
    const { invoice } = await createTestInvoice('nb', 'open', { customer, subscriptionId: subscription.id, term: 1 });
    const results = await db.transaction(async (tx) => [
      await queueTermination(tx, { subscriptionId: subscription.id, terminatedAt }),
      await queueTermination(tx, { subscriptionId: subscription.id, terminatedAt }),
    ]);
    expect(results.map((r) => r.created)).toEqual([true, false]);
    const found = await rows(`termination:${subscription.id}`);
    expect(found).toHaveLength(1);
    expect(payLinksIn(found[0]!.html).map((link) => link.invoiceId)).toContain(invoice.id);
  });
});
