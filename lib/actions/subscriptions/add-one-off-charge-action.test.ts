import { eq } from 'drizzle-orm';
import { describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { invoices, oneOffCharges, subscriptions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { addOneOffChargeAction } = await import('./add-one-off-charge-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe('addOneOffChargeAction', () => {
  test('bad amounts and descriptions are refused beside their field, a customer is refused, and nothing is invoiced; staff’s charge is', async () => {
    const clock = await createTestClock({ name: 'one-off action', startAt: new Date('3715-02-01T09:00:00Z') });
    const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode('trendhouse-monthly')).id, autopay: false });
    if (!done.ok) throw new Error(done.error);
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
    const count = async () => (await db.select().from(invoices).where(eq(invoices.customerId, sub!.customerId))).length;
    const was = await count();
    const fields = { key: crypto.randomUUID(), customerId: sub!.customerId, subscriptionId: sub!.id, description: 'Extra delivery', amountMinor: '2500', taxClass: 'standard' };

    viewer.current = { userId: 'u2', email: 'c@example.com', role: 'customer', customerId: sub!.customerId };
    expect(await addOneOffChargeAction({}, form(fields))).toEqual({ error: expect.stringContaining('Only the shop’s staff') });

    const staff = await createStaffUser('admin');
    viewer.current = { userId: staff.id, email: staff.email, role: 'admin', customerId: null };
    for (const amountMinor of ['0', '-5', '1000000000', '12.50', 'ten']) {
      const answer = await addOneOffChargeAction({}, form({ ...fields, amountMinor }));
      expect(answer.fieldErrors?.amountMinor).toMatch(/whole number of minor units/);
    }
    expect((await addOneOffChargeAction({}, form({ ...fields, description: '  ' }))).fieldErrors?.description).toBe('Say what the charge is for.');
    expect((await addOneOffChargeAction({}, form({ ...fields, taxClass: 'luxury' }))).fieldErrors?.taxClass).toBe('Choose a VAT class from the list.');
    expect((await addOneOffChargeAction({}, form({ ...fields, subscriptionId: crypto.randomUUID() }))).fieldErrors?.subscriptionId).toBe(
      'That subscription does not exist for this customer.',
    );
    expect(await count()).toBe(was);
    expect(await db.select().from(oneOffCharges).where(eq(oneOffCharges.id, fields.key))).toEqual([]);

    expect(await addOneOffChargeAction({}, form(fields))).toEqual({ notice: expect.stringMatching(/^€25\.00 invoiced on invoice SIM-/) });
    expect(await addOneOffChargeAction({}, form(fields))).toEqual({ notice: expect.stringContaining('nothing new was charged') });
    expect(await count()).toBe(was + 1);
  });
});
