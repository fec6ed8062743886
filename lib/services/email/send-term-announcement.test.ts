import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { queueTermAnnouncement, sendTermAnnouncement, type TermAnnouncementInput } from './send-term-announcement';
import { createTestSubscription } from './test-fixtures';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const rows = (key: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
// Term 2 of a monthly plan anchored on 1 March (Amsterdam): April, issued on its first day.
const term = (subscriptionId: string): TermAnnouncementInput => ({
  subscriptionId,
  term: 2,
  periodStart: new Date('2026-04-01T00:00:00+02:00'),
  periodEnd: new Date('2026-05-01T00:00:00+02:00'),
  amountMinor: 2900,
  collectAt: new Date('2026-04-01T00:00:00+02:00'),
});

describe('sendTermAnnouncement', () => {
  test('paid by invoice: product, plan, period, amount and when the invoice comes; once per term', async () => {
    const { subscription, customer } = await createTestSubscription('en');
    const first = await sendTermAnnouncement(term(subscription.id));
    const again = await sendTermAnnouncement(term(subscription.id));
    expect(again).toEqual({ ...first, created: false });

    const found = await rows(`term-announcement:${subscription.id}:2`);
    expect(found).toHaveLength(1);
    const [row] = found;
    expect(row).toMatchObject({ template: 'term-announcement', locale: 'en', toAddress: customer.email });
    expect(row!.subject).toBe('Your next term of Trendhouse – Kadens Demo Shop');
    expect(row!.text).toContain('Your subscription to Trendhouse (Monthly) continues');
    expect(row!.text).toMatch(/Period\s+1 April 2026 – 30 April 2026/);
    expect(row!.text).toMatch(/Amount \(incl\. VAT\)\s+€29\.00/);
    expect(row!.text).toContain('We will e-mail you the invoice on 1 April 2026.');
    expect(row!.html).toContain('href="https://shop.example/account"');
  });

  test('autopay: when and from which payment method it will be charged', async () => {
    const { subscription } = await createTestSubscription('nl', { mandate: true });
    await sendTermAnnouncement(term(subscription.id));
    const [row] = await rows(`term-announcement:${subscription.id}:2`);
    expect(row!.subject).toBe('Je volgende periode van Trendhouse – Kadens Demo Shop');
    expect(row!.text).toMatch(/We schrijven €\s29,00 op 1 april 2026 automatisch af van Visa •••• 4242\./u);
  });

  test('another term is another message', async () => {
    const { subscription } = await createTestSubscription('de');
    await sendTermAnnouncement(term(subscription.id));
    await sendTermAnnouncement({ ...term(subscription.id), term: 3, autopay: true });
    expect(await rows(`term-announcement:${subscription.id}:2`)).toHaveLength(1);
    const [third] = await rows(`term-announcement:${subscription.id}:3`);
    expect(third!.text).toContain('automatisch ab');
  });
});

describe('queueTermAnnouncement', () => {
  test('in the engine’s transaction, twice: one row', async () => {
    const { subscription } = await createTestSubscription('nb');
    const results = await db.transaction(async (tx) => [
      await queueTermAnnouncement(tx, term(subscription.id)),
      await queueTermAnnouncement(tx, term(subscription.id)),
    ]);
    expect(results.map((r) => r.created)).toEqual([true, false]);
    const [row] = await rows(`term-announcement:${subscription.id}:2`);
    expect(row!.text).toContain('Du får fakturaen på e-post 1. april 2026.');
  });
});
