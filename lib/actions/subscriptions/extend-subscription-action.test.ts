import { eq } from 'drizzle-orm';
import { describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { extendSubscriptionAction } = await import('./extend-subscription-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe('extendSubscriptionAction', () => {
  test('a support role and bad days are refused with nothing moved; staff who may change subscriptions extend it', async () => {
    const clock = await createTestClock({ name: 'extend action', startAt: new Date('3716-06-01T09:00:00Z') });
    const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode('trendhouse-monthly')).id });
    if (!done.ok) throw new Error(done.error);
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
    const end = async () => (await db.select().from(subscriptions).where(eq(subscriptions.id, sub!.id)))[0]!.currentPeriodEnd.toISOString();
    const fields = { customerId: sub!.customerId, subscriptionId: sub!.id, days: '5' };

    const support = await createStaffUser('support');
    viewer.current = { userId: support.id, email: support.email, role: 'support', customerId: null };
    expect(await extendSubscriptionAction({}, form(fields))).toEqual({ error: expect.stringMatching(/^Your role does not allow you to/) });

    const admin = await createStaffUser('admin');
    viewer.current = { userId: admin.id, email: admin.email, role: 'admin', customerId: null };
    for (const days of ['0', '-2', '367', '1.5', '']) {
      expect((await extendSubscriptionAction({}, form({ ...fields, days }))).fieldErrors?.days).toBe('Extend by a whole number of days from 1 to 366.');
    }
    expect(await end()).toBe(sub!.currentPeriodEnd.toISOString());

    expect(await extendSubscriptionAction({}, form(fields))).toEqual({ notice: 'Extended by 5 days: the term now ends on 3716-07-06 (was 3716-07-01).' });
    expect(await end()).toBe(new Date(sub!.currentPeriodEnd.getTime() + 5 * 86_400_000).toISOString());
  });
});
