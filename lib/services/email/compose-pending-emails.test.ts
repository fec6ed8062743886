import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, emailComposeQueue, emailOutbox, invoices, testClocks } from '@/db/schema';
import { composePendingEmails } from './compose-pending-emails';
import { createTestCustomer, createTestInvoice } from './test-fixtures';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

/**
 * An invoice the engine flagged to e-mail, for a customer on a test clock of its own: composing
 * that clock's messages touches nothing of the other test files sharing the database.
 */
async function flaggedInvoice(status: 'open' | 'void' = 'open', clockId?: string) {
  const [clock] = clockId ? [{ id: clockId }] : await db.insert(testClocks).values({ name: 'compose', frozenTime: new Date('2026-03-01T09:00:00Z') }).returning();
  const customer = await createTestCustomer('en');
  await db.update(customers).set({ testClockId: clock!.id }).where(eq(customers.id, customer.id));
  const { invoice } = await createTestInvoice('en', status, { customer: { ...customer, testClockId: clock!.id } });
  await db.update(invoices).set({ emailPending: true }).where(eq(invoices.id, invoice.id));
  return { clockId: clock!.id, invoice };
}

const outboxOf = (invoiceId: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoiceId}`));
const retryOf = (invoiceId: string) => db.select().from(emailComposeQueue).where(eq(emailComposeQueue.dedupeKey, `invoice:${invoiceId}`));
const flagOf = async (invoiceId: string) => (await db.select({ f: invoices.emailPending }).from(invoices).where(eq(invoices.id, invoiceId)))[0]!.f;

describe('composePendingEmails', () => {
  test('a flagged invoice is e-mailed once and its flag cleared; the next run finds nothing', async () => {
    const { clockId, invoice } = await flaggedInvoice();

    expect(await composePendingEmails({ testClockId: clockId })).toEqual({ composed: 1, failed: 0 });
    expect(await outboxOf(invoice.id)).toHaveLength(1);
    expect(await flagOf(invoice.id)).toBe(false);
    expect(await composePendingEmails({ testClockId: clockId })).toEqual({ composed: 0, failed: 0 });
    expect(await outboxOf(invoice.id)).toHaveLength(1);
  });

  test('two composers at once send the message once', async () => {
    const { clockId, invoice } = await flaggedInvoice();

    const results = await Promise.all([composePendingEmails({ testClockId: clockId }), composePendingEmails({ testClockId: clockId })]);
    expect(results.reduce((sum, r) => sum + r.composed, 0)).toBe(1);
    expect(await outboxOf(invoice.id)).toHaveLength(1);
  });

  test('a message that cannot be composed keeps its reason, blocks nothing, and is composed once it can', async () => {
    const broken = await flaggedInvoice('void');
    const fine = await flaggedInvoice();

    expect(await composePendingEmails({ testClockId: broken.clockId })).toEqual({ composed: 0, failed: 1 });
    expect(await outboxOf(broken.invoice.id)).toHaveLength(0);
    // Out of the engine's flags, into the retry queue with the reason a person can act on.
    expect(await flagOf(broken.invoice.id)).toBe(false);
    expect(await retryOf(broken.invoice.id)).toMatchObject([{ attempts: 1, lastError: expect.stringContaining('is void') }]);
    // Another clock's message is composed meanwhile.
    expect(await composePendingEmails({ testClockId: fine.clockId })).toEqual({ composed: 1, failed: 0 });

    // A second failure counts up; once the invoice can be sent, the retry sends it and is gone.
    expect(await composePendingEmails({ testClockId: broken.clockId })).toEqual({ composed: 0, failed: 1 });
    expect(await retryOf(broken.invoice.id)).toMatchObject([{ attempts: 2 }]);
    await db.update(invoices).set({ status: 'open' }).where(eq(invoices.id, broken.invoice.id));
    expect(await composePendingEmails({ testClockId: broken.clockId })).toEqual({ composed: 1, failed: 0 });
    expect(await outboxOf(broken.invoice.id)).toHaveLength(1);
    expect(await retryOf(broken.invoice.id)).toHaveLength(0);
  });

  test('a retry that failed after a run started (in its other worker) is left to the next run, not tried and counted twice', async () => {
    const broken = await flaggedInvoice('void');
    expect(await composePendingEmails({ testClockId: broken.clockId })).toEqual({ composed: 0, failed: 1 });
    // As the run's other worker leaves it: failed again a moment after this run began.
    const later = new Date(Date.now() + 60_000);
    await db.update(emailComposeQueue).set({ lastAttemptAt: later }).where(eq(emailComposeQueue.dedupeKey, `invoice:${broken.invoice.id}`));

    expect(await composePendingEmails({ testClockId: broken.clockId })).toEqual({ composed: 0, failed: 0 });
    expect(await retryOf(broken.invoice.id)).toMatchObject([{ attempts: 1 }]);
    // Once it failed before a run starts, that run tries it (once).
    await db.update(emailComposeQueue).set({ lastAttemptAt: new Date(Date.now() - 60_000) }).where(eq(emailComposeQueue.dedupeKey, `invoice:${broken.invoice.id}`));
    expect(await composePendingEmails({ testClockId: broken.clockId })).toEqual({ composed: 0, failed: 1 });
    expect(await retryOf(broken.invoice.id)).toMatchObject([{ attempts: 2 }]);
  });

  test('batches: two composers at once compose each of many messages exactly once, and a message that fails loses none of its batch', async () => {
    const first = await flaggedInvoice();
    const clockId = first.clockId;
    const invoices_ = [first.invoice];
    for (let i = 0; i < 9; i += 1) invoices_.push((await flaggedInvoice('open', clockId)).invoice);
    const broken = await flaggedInvoice('void', clockId);

    // Batches of three, so the two composers' batches interleave over the eleven messages.
    const results = await Promise.all([
      composePendingEmails({ testClockId: clockId, batchSize: 3 }),
      composePendingEmails({ testClockId: clockId, batchSize: 3 }),
    ]);

    expect(results.reduce((sum, r) => sum + r.composed, 0)).toBe(10);
    expect(results.reduce((sum, r) => sum + r.failed, 0)).toBe(1);
    for (const invoice of invoices_) {
      expect(await outboxOf(invoice.id)).toHaveLength(1);
      expect(await flagOf(invoice.id)).toBe(false);
    }
    expect(await outboxOf(broken.invoice.id)).toHaveLength(0);
    expect(await retryOf(broken.invoice.id)).toMatchObject([{ attempts: 1, lastError: expect.stringContaining('is void') }]);
  });
});
