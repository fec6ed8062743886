import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { Inngest } from 'inngest';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { domainEvents, emailOutbox } from '@/db/schema';
import { createTestInvoice, createTestOrder } from '@/lib/services/email/test-fixtures';
import { tick } from '@/lib/services/billing/tick';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { inngestDeliverer } from './inngest-sender';
import { holdEventRelay, nudgeEventRelay } from './nudge-event-relay';
import { nudgeOrderPaid, recordOrderPaid } from './order-events';
import { recordEvent } from './record-event';
import { relayEvents } from './relay-events';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('INNGEST_EVENT_KEY', '');
  vi.stubEnv('INNGEST_DEV', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const outboxCount = async (dedupeKey: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, dedupeKey))).length;
const eventsAbout = (...subjectIds: string[]) => db.select().from(domainEvents).where(inArray(domainEvents.subjectId, subjectIds));

/** A paid order's events, recorded as settlePayment records them; nothing delivered yet. */
async function paidOrderEvents() {
  const { order } = await createTestOrder('nl');
  const { invoice } = await createTestInvoice('en');
  const fulfilled = { orderId: order.id, invoiceId: invoice.id };
  await db.transaction((tx) => recordOrderPaid(tx, fulfilled));
  return fulfilled;
}

describe('without Inngest: the embedded reactions', () => {
  test('the nudge after the commit runs them: the confirmation and the invoice e-mail are in the outbox when it returns', async () => {
    const fulfilled = await paidOrderEvents();
    expect(await outboxCount(`order-confirmation:${fulfilled.orderId}`)).toBe(0);

    await nudgeOrderPaid(fulfilled);

    expect(await outboxCount(`order-confirmation:${fulfilled.orderId}`)).toBe(1);
    expect(await outboxCount(`invoice:${fulfilled.invoiceId}`)).toBe(1);
    const rows = await eventsAbout(fulfilled.orderId, fulfilled.invoiceId);
    expect(rows.map((r) => r.name).sort()).toEqual(['billing/invoice.finalized', 'shop/order.paid']);
    for (const row of rows) expect(row).toMatchObject({ attempts: 1, deliveredAt: expect.any(Date), lastError: null });

    // A second nudge finds nothing left to deliver.
    expect(await nudgeOrderPaid(fulfilled)).toBeUndefined();
    expect(await outboxCount(`order-confirmation:${fulfilled.orderId}`)).toBe(1);
  });

  test('a reaction delivered twice (at least once) still sends one message', async () => {
    const fulfilled = await paidOrderEvents();
    await nudgeOrderPaid(fulfilled);
    // As if a relay had died after the reactions ran, before marking the rows delivered.
    await db.update(domainEvents).set({ deliveredAt: null, attempts: 0 }).where(inArray(domainEvents.subjectId, [fulfilled.orderId, fulfilled.invoiceId]));
    expect(await nudgeEventRelay([fulfilled.orderId, fulfilled.invoiceId])).toEqual({ delivered: 2, failed: 0 });
    expect(await outboxCount(`order-confirmation:${fulfilled.orderId}`)).toBe(1);
    expect(await outboxCount(`invoice:${fulfilled.invoiceId}`)).toBe(1);
  });

  test('a failing reaction does not fail the nudge: its error is kept on the event for the retries', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const orderId = randomUUID();
    await db.transaction((tx) => recordEvent(tx, { name: 'shop/order.paid', data: { orderId } }));

    expect(await nudgeEventRelay([orderId])).toEqual({ delivered: 0, failed: 1 });
    const [row] = await eventsAbout(orderId);
    expect(row).toMatchObject({ deliveredAt: null, attempts: 1, lastError: `Order ${orderId} does not exist` });
    await db.delete(domainEvents).where(eq(domainEvents.id, row!.id));
  });

  test('the engine’s own events need nothing done in-process (the sweep reads the rows)', async () => {
    const subscriptionId = randomUUID();
    const invoiceId = randomUUID();
    await db.transaction(async (tx) => {
      await recordEvent(tx, { name: 'billing/invoice.paid', data: { invoiceId, subscriptionId } });
      await recordEvent(tx, { name: 'billing/subscription.changed', data: { subscriptionId } });
    });
    expect(await nudgeEventRelay([invoiceId, subscriptionId])).toEqual({ delivered: 2, failed: 0 });
  });

  test('the sweep leaves a new event to its writer’s nudge, and delivers it when no nudge came (the writer died)', async () => {
    const fulfilled = await paidOrderEvents();
    const clock = await createTestClock({ name: 'events sweep', startAt: new Date('2026-05-01T00:00:00Z') });
    const sweep = () => tick({ now: new Date('2026-05-01T00:00:00Z'), scope: { kind: 'test-clock', clockId: clock.id } });

    await sweep();
    expect((await eventsAbout(fulfilled.orderId, fulfilled.invoiceId)).map((r) => r.attempts)).toEqual([0, 0]);
    expect(await outboxCount(`order-confirmation:${fulfilled.orderId}`)).toBe(0);

    // The grace is over: nobody nudged.
    await db
      .update(domainEvents)
      .set({ nextAttemptAt: new Date(Date.now() - 1000) })
      .where(inArray(domainEvents.subjectId, [fulfilled.orderId, fulfilled.invoiceId]));
    await sweep();
    expect(await outboxCount(`order-confirmation:${fulfilled.orderId}`)).toBe(1);
    expect(await outboxCount(`invoice:${fulfilled.invoiceId}`)).toBe(1);
    for (const row of await eventsAbout(fulfilled.orderId, fulfilled.invoiceId)) expect(row.deliveredAt).not.toBeNull();
  });
});

describe('holdEventRelay: a batch job’s nudges held to its end', () => {
  test('the nudges inside it deliver nothing yet; when it ends, one relay delivers the events of all they named', async () => {
    const first = await paidOrderEvents();
    const second = await paidOrderEvents();

    const reports = await holdEventRelay(async () => {
      const firstReport = await nudgeEventRelay([first.orderId, first.invoiceId]);
      expect(await outboxCount(`order-confirmation:${first.orderId}`)).toBe(0);
      return [firstReport, await nudgeEventRelay([second.orderId, second.invoiceId, null])];
    });

    expect(reports).toEqual([
      { delivered: 0, failed: 0 },
      { delivered: 0, failed: 0 },
    ]);
    for (const fulfilled of [first, second]) {
      expect(await outboxCount(`order-confirmation:${fulfilled.orderId}`)).toBe(1);
      expect(await outboxCount(`invoice:${fulfilled.invoiceId}`)).toBe(1);
    }
    const rows = await eventsAbout(first.orderId, first.invoiceId, second.orderId, second.invoiceId);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatchObject({ attempts: 1, lastError: null, deliveredAt: expect.any(Date) });
    // One claim, one batch: delivered at the same instant.
    expect(new Set(rows.map((row) => row.deliveredAt!.getTime())).size).toBe(1);
  });

  test('work that throws: what it committed and nudged is delivered all the same', async () => {
    const fulfilled = await paidOrderEvents();
    const stopped = holdEventRelay(async () => {
      await nudgeEventRelay([fulfilled.orderId, fulfilled.invoiceId]);
      throw new Error('the batch stopped');
    });
    await expect(stopped).rejects.toThrow('the batch stopped');
    expect(await outboxCount(`order-confirmation:${fulfilled.orderId}`)).toBe(1);
    expect(await outboxCount(`invoice:${fulfilled.invoiceId}`)).toBe(1);
  });

  test('outside it, a nudge delivers at once as before', async () => {
    const fulfilled = await paidOrderEvents();
    await holdEventRelay(async () => {});
    expect(await nudgeEventRelay([fulfilled.orderId, fulfilled.invoiceId])).toEqual({ delivered: 2, failed: 0 });
  });
});

describe('with Inngest', () => {
  test('the nudge sends the events to Inngest, each with its row id as the event id, and runs nothing here', async () => {
    vi.stubEnv('INNGEST_EVENT_KEY', 'test-key');
    const send = vi.spyOn(Inngest.prototype, 'send').mockResolvedValue({ ids: ['evt_1', 'evt_2'] });
    const fulfilled = await paidOrderEvents();

    await nudgeOrderPaid(fulfilled);

    const rows = await eventsAbout(fulfilled.orderId, fulfilled.invoiceId);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toEqual(
      expect.arrayContaining([
        { id: byName['shop/order.paid'], name: 'shop/order.paid', data: { orderId: fulfilled.orderId } },
        { id: byName['billing/invoice.finalized'], name: 'billing/invoice.finalized', data: { invoiceId: fulfilled.invoiceId } },
      ]),
    );
    for (const row of rows) expect(row.deliveredAt).not.toBeNull();
    expect(await outboxCount(`order-confirmation:${fulfilled.orderId}`)).toBe(0);
  });

  test('Inngest out of reach: the events stay undelivered with the reason, and go on a later relay', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fulfilled = await paidOrderEvents();
    const subjectIds = [fulfilled.orderId, fulfilled.invoiceId];
    const down = { send: vi.fn().mockRejectedValue(new Error('fetch failed')) };

    expect(await relayEvents({ deliver: inngestDeliverer(down), subjectIds })).toEqual({ delivered: 0, failed: 2 });
    for (const row of await eventsAbout(...subjectIds)) expect(row).toMatchObject({ deliveredAt: null, lastError: 'fetch failed' });

    const up = { send: vi.fn().mockResolvedValue({ ids: [] }) };
    const later = new Date(Date.now() + 60_000);
    expect(await relayEvents({ deliver: inngestDeliverer(up), subjectIds, now: later })).toEqual({ delivered: 2, failed: 0 });
    // The same ids again: Inngest drops a repeat of an event the first request had delivered after all.
    const rows = await eventsAbout(...subjectIds);
    expect(up.send.mock.calls[0]![0].map((e: { id: string }) => e.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });
});
