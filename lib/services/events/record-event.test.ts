import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { domainEvents } from '@/db/schema';
import { NUDGE_GRACE_MS, recordEvent } from './record-event';

const eventsAbout = (subjectId: string) => db.select().from(domainEvents).where(eq(domainEvents.subjectId, subjectId));

describe('recordEvent', () => {
  test('writes the event in the caller’s transaction, undelivered, with what it is about', async () => {
    const orderId = randomUUID();
    const before = Date.now();
    const id = await db.transaction((tx) => recordEvent(tx, { name: 'shop/order.paid', data: { orderId } }));

    const [row] = await eventsAbout(orderId);
    expect(row).toMatchObject({
      id,
      name: 'shop/order.paid',
      payload: { orderId },
      subjectType: 'order',
      subjectId: orderId,
      deliveredAt: null,
      attempts: 0,
      lastError: null,
    });
    expect(row!.occurredAt.getTime()).toBeGreaterThanOrEqual(before);
    // The sweep leaves it to the writer's nudge for a while.
    expect(row!.nextAttemptAt.getTime() - row!.occurredAt.getTime()).toBe(NUDGE_GRACE_MS);
    // An order that does not exist: left behind, every sweep would retry it.
    await db.delete(domainEvents).where(eq(domainEvents.id, id));
  });

  test('rolls back with its transaction: a change that did not commit reports nothing', async () => {
    const subscriptionId = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await recordEvent(tx, { name: 'billing/subscription.changed', data: { subscriptionId } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await eventsAbout(subscriptionId)).toEqual([]);
  });

  test('invalid data is refused, failing the transaction', async () => {
    await expect(
      db.transaction((tx) => recordEvent(tx, { name: 'billing/invoice.paid', data: { invoiceId: 'not-a-uuid', subscriptionId: null } })),
    ).rejects.toThrow();
  });
});
