import { payLinksIn } from '@/test/support/pay-links';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, invoices } from '@/db/schema';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { queueReminder, sendReminder } from './send-reminder';
import { createTestInvoice, createTestSubscription } from './test-fixtures';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const rows = (key: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
const newDueAt = new Date('2026-03-29T09:00:00Z');

describe('sendReminder', () => {
  test('the fee booked on the invoice is its own line; the total includes it; once per step', async () => {
    const { subscription, customer } = await createTestSubscription('en');
    const { invoice } = await createTestInvoice('en', 'open', { customer, subscriptionId: subscription.id, term: 1, reminderFeesMinor: [500] });

    const first = await sendReminder({ invoiceId: invoice.id, step: 1, feeMinor: 500, newDueAt });
    const second = await sendReminder({ invoiceId: invoice.id, step: 1, feeMinor: 500, newDueAt });
    expect(first).toMatchObject({ created: true, status: 'stored' });
    expect(second).toMatchObject({ id: first!.id, created: false });

    const found = await rows(`reminder:${invoice.id}:1`);
    expect(found).toHaveLength(1);
    const [row] = found;
    expect(row).toMatchObject({ template: 'reminder', locale: 'en', toAddress: customer.email });
    expect(row!.subject).toBe(`Payment reminder: invoice ${invoice.number} – Kadens Demo Shop`);
    expect(row!.text).toMatch(new RegExp(`Open amount of invoice ${invoice.number}\\s+€32\\.00`));
    expect(row!.text).toMatch(/Reminder fee\s+€5\.00/);
    expect(row!.text).toMatch(/Total to pay\s+€37\.00/);
    expect(row!.text).toContain('We have not yet received payment for invoice');
    expect(row!.text).toContain('which was due on 15 March 2026');
    expect(row!.text).toContain('Please pay €37.00 by 29 March 2026.');
    expect(payLinksIn(row!.html).map((link) => link.invoiceId)).toContain(invoice.id);
  });

  test('the second reminder is its own message, in the customer’s language', async () => {
    const { invoice } = await createTestInvoice('de', 'open', { reminderFeesMinor: [500, 700] });
    await sendReminder({ invoiceId: invoice.id, step: 1, feeMinor: 500, newDueAt });
    await sendReminder({ invoiceId: invoice.id, step: 2, feeMinor: 700, newDueAt, payUrl: 'https://pay.example/x' });
    const [row] = await rows(`reminder:${invoice.id}:2`);
    expect(row!.subject).toBe(`2. Zahlungserinnerung: Rechnung ${invoice.number} – Kadens Demo Shop`);
    expect(row!.text).toMatch(/Mahngebühr\s+12,00\s€/u);
    expect(row!.text).toMatch(/Zu zahlender Gesamtbetrag\s+44,00\s€/u);
    expect(row!.html).toContain('href="https://pay.example/x"');
  });

  test('a fee not booked on the invoice is added on top', async () => {
    const { invoice } = await createTestInvoice('en');
    await sendReminder({ invoiceId: invoice.id, step: 1, feeMinor: 250, newDueAt });
    const [row] = await rows(`reminder:${invoice.id}:1`);
    expect(row!.text).toMatch(/Reminder fee\s+€2\.50/);
    expect(row!.text).toMatch(/Total to pay\s+€34\.50/);
  });

  test('no fee: no fee line', async () => {
    const { invoice } = await createTestInvoice('nl');
    await sendReminder({ invoiceId: invoice.id, step: 1, feeMinor: 0, newDueAt });
    const [row] = await rows(`reminder:${invoice.id}:1`);
    expect(row!.text).not.toContain('Herinneringskosten');
    expect(row!.text).toMatch(/Totaal te betalen\s+€\s32,00/u);
  });

  test('after a partial credit note it asks for what is still owed, not the original amount', async () => {
    const { invoice } = await createTestInvoice('en');
    const credited = await issueCreditNote({
      invoiceId: invoice.id,
      amountMinor: 1200,
      reason: 'Two issues were not delivered',
      disposition: 'auto',
      staffUserId: null,
      now: new Date('2026-03-10T09:00:00Z'),
    });
    expect(credited).toMatchObject({ ok: true, value: { creditNote: { disposition: 'reduce_open', totalMinor: 1200 } } });
    await sendReminder({ invoiceId: invoice.id, step: 1, feeMinor: 0, newDueAt });
    const [row] = await rows(`reminder:${invoice.id}:1`);
    expect(row!.text).toMatch(new RegExp(`Open amount of invoice ${invoice.number}\\s+€20\\.00`));
    expect(row!.text).toContain('Please pay €20.00 by 29 March 2026.');
  });

  test('a paid invoice is not chased: nothing is queued', async () => {
    const { invoice } = await createTestInvoice('en', 'paid');
    await expect(sendReminder({ invoiceId: invoice.id, step: 1, feeMinor: 0, newDueAt })).resolves.toBeNull();
    expect(await rows(`reminder:${invoice.id}:1`)).toHaveLength(0);
  });

  test('a draft or unknown invoice is a bug', async () => {
    const { invoice } = await createTestInvoice('en', 'draft');
    await expect(sendReminder({ invoiceId: invoice.id, step: 1, feeMinor: 0, newDueAt })).rejects.toThrow('draft');
    await expect(
      sendReminder({ invoiceId: '00000000-0000-4000-8000-000000000000', step: 1, feeMinor: 0, newDueAt }),
    ).rejects.toThrow('does not exist');
  });
});

describe('queueReminder', () => {
  test('in the engine’s transaction: twice gives one row; a rollback leaves none', async () => {
    const { invoice } = await createTestInvoice('nb', 'open', { reminderFeesMinor: [500] });
    const results = await db.transaction(async (tx) => [
      await queueReminder(tx, { invoiceId: invoice.id, step: 1, feeMinor: 500, newDueAt }),
      await queueReminder(tx, { invoiceId: invoice.id, step: 1, feeMinor: 500, newDueAt }),
    ]);
    expect(results.map((r) => r?.created)).toEqual([true, false]);
    expect(await rows(`reminder:${invoice.id}:1`)).toHaveLength(1);

    const other = await createTestInvoice('nb');
    await expect(
      db.transaction(async (tx) => {
        await queueReminder(tx, { invoiceId: other.invoice.id, step: 1, feeMinor: 0, newDueAt });
        throw new Error('step failed');
      }),
    ).rejects.toThrow('step failed');
    expect(await rows(`reminder:${other.invoice.id}:1`)).toHaveLength(0);
  });

  test('reads the invoice as the caller’s transaction sees it (a payment just recorded)', async () => {
    const { invoice } = await createTestInvoice('en');
    await db.transaction(async (tx) => {
      await tx.update(invoices).set({ amountPaidMinor: 1200 }).where(eq(invoices.id, invoice.id));
      await queueReminder(tx, { invoiceId: invoice.id, step: 1, feeMinor: 0, newDueAt });
    });
    const [row] = await rows(`reminder:${invoice.id}:1`);
    expect(row!.text).toMatch(/Total to pay\s+€20\.00/);
  });
});
