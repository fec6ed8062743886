import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { inngest } from '@/inngest/client';
import { createTestInvoice, createTestOrder } from '@/lib/services/email/test-fixtures';
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
