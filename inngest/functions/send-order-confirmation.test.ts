import { InngestTestEngine } from '@inngest/test';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { createTestOrder } from '@/lib/services/email/test-fixtures';
import { sendOrderConfirmationFunction } from './send-order-confirmation';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

function engineFor(orderId: string) {
  return new InngestTestEngine({
    function: sendOrderConfirmationFunction,
    events: [{ name: 'shop/order.paid', data: { orderId } }],
  });
}

describe('send-order-confirmation', () => {
  test('is triggered by shop/order.paid', () => {
    expect(sendOrderConfirmationFunction.id()).toBe('send-order-confirmation');
    expect(sendOrderConfirmationFunction.opts.triggers).toEqual([expect.objectContaining({ event: 'shop/order.paid' })]);
  });

  test('runs its step, which writes the confirmation to the outbox', async () => {
    const { customer, order } = await createTestOrder('nb');

    const { result, ctx } = await engineFor(order.id).execute();

    expect(ctx.step.run).toHaveBeenCalledWith('send-order-confirmation', expect.any(Function));
    expect(result).toMatchObject({ created: true, status: 'stored' });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `order-confirmation:${order.id}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ template: 'order-confirmation', locale: 'nb', toAddress: customer.email });
  });

  test('a replayed event writes no second message', async () => {
    const { order } = await createTestOrder('en');
    const first = await engineFor(order.id).execute();
    const replay = await engineFor(order.id).execute();

    expect(replay.result).toEqual({ ...(first.result as object), created: false });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `order-confirmation:${order.id}`));
    expect(rows).toHaveLength(1);
  });

  test('the step alone, as Inngest runs it', async () => {
    const { order } = await createTestOrder('en');
    const { result } = await engineFor(order.id).executeStep('send-order-confirmation');
    expect(result).toMatchObject({ created: true, status: 'stored' });
  });
});
