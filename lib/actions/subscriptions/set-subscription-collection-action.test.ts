import { eq } from 'drizzle-orm';
import { describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { setSubscriptionCollectionAction } = await import('./set-subscription-collection-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

async function subscribed(autopay: boolean) {
  const clock = await createTestClock({ name: 'collection action', startAt: new Date('3838-03-01T09:00:00Z') });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode('trendhouse-monthly')).id, autopay });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  return sub!;
}
const collectionOf = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!.collection;

describe('setSubscriptionCollectionAction', () => {
  test('a support role and an unknown choice are refused with nothing changed; staff switch an autopay subscription to invoices, audited', async () => {
    const sub = await subscribed(true);
    expect(sub.collection).toBe('charge_automatically');
    const fields = { customerId: sub.customerId, subscriptionId: sub.id, collection: 'send_invoice' };

    const support = await createStaffUser('support');
    viewer.current = { userId: support.id, email: support.email, role: 'support', customerId: null };
    expect(await setSubscriptionCollectionAction({}, form(fields))).toEqual({ error: expect.stringMatching(/^Your role does not allow you to/) });

    const admin = await createStaffUser('admin');
    viewer.current = { userId: admin.id, email: admin.email, role: 'admin', customerId: null };
    expect((await setSubscriptionCollectionAction({}, form({ ...fields, collection: 'cash' }))).fieldErrors?.collection).toBe(
      'Choose to charge automatically or to send an invoice.',
    );
    expect(await collectionOf(sub.id)).toBe('charge_automatically');

    expect(await setSubscriptionCollectionAction({}, form(fields))).toEqual({ notice: 'Saved: its invoices are sent to the customer.' });
    expect(await collectionOf(sub.id)).toBe('send_invoice');
    expect(await auditEntriesOf('subscription', sub.id)).toEqual([
      expect.objectContaining({ action: 'subscription.update', actorUserId: admin.id, after: expect.objectContaining({ collection: 'send_invoice' }) }),
    ]);
  });

  test('charging automatically needs a stored method: refused with the field named for a customer without one', async () => {
    const sub = await subscribed(false);
    const admin = await createStaffUser('admin');
    viewer.current = { userId: admin.id, email: admin.email, role: 'admin', customerId: null };
    const answer = await setSubscriptionCollectionAction({}, form({ customerId: sub.customerId, subscriptionId: sub.id, collection: 'charge_automatically' }));
    expect(answer.fieldErrors?.collection).toMatch(/no stored payment method/);
    expect(await collectionOf(sub.id)).toBe(sub.collection);
  });
});
