import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { inngest } from '@/inngest/client';
import { actionsOf, simulatedSubscription, subscriptionRow } from '@/inngest/testing/billing-fixtures';
import { createTestInvoice, createTestOrder } from '@/lib/services/email/test-fixtures';
import { emitInvoicePaid, emitSubscriptionChanged } from './billing-events';
import { emitEvent } from './emit';

async function outboxCount(dedupeKey: string) {
  return (await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, dedupeKey))).length;
}

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('INNGEST_EVENT_KEY', '');
  vi.stubEnv('INNGEST_DEV', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('emitEvent without Inngest (inline)', () => {
  test('runs the handlers in-process: the confirmation is in the outbox when it returns', async () => {
    const { order } = await createTestOrder('nl');
    const send = vi.spyOn(inngest, 'send');

    const result = await emitEvent({ name: 'shop/order.paid', data: { orderId: order.id } });

    expect(result).toEqual({ mode: 'inline', handlers: 1, errors: [] });
    expect(send).not.toHaveBeenCalled();
    expect(await outboxCount(`order-confirmation:${order.id}`)).toBe(1);
  });

  test('billing/invoice.finalized sends the invoice; emitting twice still gives one message', async () => {
    const { invoice } = await createTestInvoice('en');
    await emitEvent({ name: 'billing/invoice.finalized', data: { invoiceId: invoice.id } });
    await emitEvent({ name: 'billing/invoice.finalized', data: { invoiceId: invoice.id } });
    expect(await outboxCount(`invoice:${invoice.id}`)).toBe(1);
  });

  test('a failing handler does not fail the emitter; its error is logged and returned', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const orderId = randomUUID();

    const result = await emitEvent({ name: 'shop/order.paid', data: { orderId } });

    expect(result).toMatchObject({ mode: 'inline', handlers: 1 });
    expect(result.mode === 'inline' && result.errors).toEqual([expect.objectContaining({ message: `Order ${orderId} does not exist` })]);
    expect(log).toHaveBeenCalledWith('[events] a handler of shop/order.paid failed:', expect.any(Error));
  });

  test('invalid event data is refused before anything runs', async () => {
    await expect(emitEvent({ name: 'shop/order.paid', data: { orderId: 'not-a-uuid' } })).rejects.toThrow();
  });
});

describe('emitEvent with Inngest configured', () => {
  test('sends the event to Inngest and runs nothing here', async () => {
    vi.stubEnv('INNGEST_EVENT_KEY', 'test-key');
    const send = vi.spyOn(inngest, 'send').mockResolvedValue({ ids: ['evt_1'] });
    const { order } = await createTestOrder('en');

    const result = await emitEvent({ name: 'shop/order.paid', data: { orderId: order.id }, id: `paid:${order.id}` });

    expect(result).toEqual({ mode: 'inngest', ids: ['evt_1'] });
    expect(send).toHaveBeenCalledWith({ name: 'shop/order.paid', data: { orderId: order.id }, id: `paid:${order.id}` });
    expect(await outboxCount(`order-confirmation:${order.id}`)).toBe(0);
  });
});

describe('emitEvent of the billing engine’s events without Inngest', () => {
  test('billing/term.due and billing/subscription.changed do nothing in-process: the embedded sweep is the driver', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2026-01-31T10:00:00Z', autopay: false, real: true });

    const due = await emitEvent({ name: 'billing/term.due', data: { subscriptionId: subscription.id, term: 1 }, id: `${subscription.id}:1` });
    const changed = await emitEvent({ name: 'billing/subscription.changed', data: { subscriptionId: subscription.id } });

    expect(due).toEqual({ mode: 'inline', handlers: 1, errors: [] });
    expect(changed).toEqual({ mode: 'inline', handlers: 1, errors: [] });
    expect(await actionsOf(subscription.id)).toEqual([]);
  });

  test('billing/invoice.paid has no in-process handler (only runs wait for it)', async () => {
    const result = await emitEvent({ name: 'billing/invoice.paid', data: { invoiceId: randomUUID(), subscriptionId: null } });
    expect(result).toEqual({ mode: 'inline', handlers: 0, errors: [] });
  });

  test('billing/step.overdue catches the subscription up in-process, each step at its own date', async () => {
    // A real customer whose first two terms' steps were all missed.
    const start = new Date(Date.now() - 70 * 24 * 60 * 60 * 1000);
    start.setUTCHours(10, 0, 0, 0);
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: start.toISOString(), autopay: true, real: true });

    const result = await emitEvent({ name: 'billing/step.overdue', data: { subscriptionId: subscription.id } });

    expect(result).toEqual({ mode: 'inline', handlers: 1, errors: [] });
    const actions = await actionsOf(subscription.id);
    expect(actions.slice(0, 3).map((a) => [a.term, a.action])).toEqual([
      [1, 'announce'],
      [1, 'invoice'],
      [1, 'issue'],
    ]);
    expect(actions.filter((a) => a.action === 'issue').length).toBeGreaterThanOrEqual(2);
    for (const action of actions) expect(action.appliedAt).toBe(action.dueAt);
    expect((await subscriptionRow(subscription.id)).nextActionAt!.getTime()).toBeGreaterThan(Date.now());
  });

  test('billing/charge.requested charges in-process', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await emitEvent({ name: 'billing/charge.requested', data: { paymentId: randomUUID() } });
    // An unknown payment is the handler's error, returned and logged, not thrown.
    expect(result).toMatchObject({ mode: 'inline', handlers: 1 });
    expect(result.mode === 'inline' && result.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Charge .* does not exist$/) })]);
  });
});

describe('billing event helpers', () => {
  test('emitInvoicePaid sends invoice.paid when paid in full, and subscription.changed when that restored the subscription', async () => {
    vi.stubEnv('INNGEST_EVENT_KEY', 'test-key');
    const send = vi.spyOn(inngest, 'send').mockResolvedValue({ ids: ['evt'] });
    const invoiceId = randomUUID();
    const subscriptionId = randomUUID();

    await emitInvoicePaid({ invoice: { id: invoiceId, subscriptionId }, paidInFull: false, restored: false });
    expect(send).not.toHaveBeenCalled();

    await emitInvoicePaid({ invoice: { id: invoiceId, subscriptionId }, paidInFull: true, restored: true });
    expect(send.mock.calls).toEqual([
      [{ name: 'billing/invoice.paid', data: { invoiceId, subscriptionId }, id: `invoice-paid:${invoiceId}` }],
      [{ name: 'billing/subscription.changed', data: { subscriptionId }, id: `restored-by:${invoiceId}` }],
    ]);
  });

  test('emitSubscriptionChanged sends one event per change', async () => {
    vi.stubEnv('INNGEST_EVENT_KEY', 'test-key');
    const send = vi.spyOn(inngest, 'send').mockResolvedValue({ ids: ['evt'] });
    const subscriptionId = randomUUID();
    await emitSubscriptionChanged(subscriptionId);
    expect(send).toHaveBeenCalledWith({ name: 'billing/subscription.changed', data: { subscriptionId } });
  });
});
