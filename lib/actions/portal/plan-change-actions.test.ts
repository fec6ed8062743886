import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, planChanges, subscriptions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import type { PlanChangePreviewState } from './preview-plan-change-action';

// The session is what these tests vary; Next's notFound throws, as it does in Next.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));

const { previewPlanChangeAction } = await import('./preview-plan-change-action');
const { changePlanAction } = await import('./change-plan-action');
const { cancelPlanChangeAction } = await import('./cancel-plan-change-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

/** A signed-in customer (real time) with one subscription of `planCode`, reading the shop in `locale`. */
async function subscriber(planCode: string, locale: 'en' | 'de' = 'en') {
  const clock = await createTestClock({ name: 'plan change actions', startAt: new Date() });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode(planCode)).id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [customer] = await db.update(customers).set({ locale }).where(eq(customers.id, done.value.customerId)).returning();
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customer!.id));
  viewer.current = { userId: customer!.userId, email: customer!.email, role: 'customer', customerId: customer!.id };
  return { customer: customer!, sub: sub! };
}
const changesOf = (id: string) => db.select().from(planChanges).where(eq(planChanges.subscriptionId, id));

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

describe('Min Side plan change actions', () => {
  test('preview, then confirm exactly that, answered in the customer’s language', async () => {
    const { sub } = await subscriber('snack-box-monthly', 'de');
    const ask = { subscriptionId: sub.id, planId: sub.planId, quantity: '2' };
    const previewed = (await previewPlanChangeAction({}, form(ask))) as PlanChangePreviewState;
    expect(previewed.error).toBeUndefined();
    expect(previewed.preview).toMatchObject({ planId: sub.planId, quantity: 2, summary: expect.stringContaining('Gilt ab heute') });
    expect(previewed.preview!.lines).toHaveLength(2);
    expect(previewed.preview!.confirmLabel).toContain('Jetzt ändern');
    expect(await changesOf(sub.id)).toHaveLength(0);

    const done = await changePlanAction({}, form({ ...ask, expectedTotalMinor: String(previewed.preview!.totalMinor) }));
    expect(done).toEqual({ notice: expect.stringContaining('Ihr Abonnement ist jetzt 2 ×') });
    expect(await changesOf(sub.id)).toHaveLength(1);
    // Submitted again: it is the plan and quantity the customer now has.
    expect(await changePlanAction({}, form({ ...ask, expectedTotalMinor: String(previewed.preview!.totalMinor) }))).toMatchObject({
      error: 'Diesen Tarif und diese Anzahl haben Sie bereits.',
    });
  });

  test('a downgrade is scheduled and can be cancelled; refusals name the problem; another customer’s subscription is a 404', async () => {
    const { sub } = await subscriber('snack-box-monthly');
    await db.update(subscriptions).set({ quantity: 3 }).where(eq(subscriptions.id, sub.id));
    expect(await changePlanAction({}, form({ subscriptionId: sub.id, planId: sub.planId, quantity: '1', expectedTotalMinor: '0' }))).toEqual({
      notice: expect.stringContaining('Your subscription changes to 1 ×'),
    });
    expect(await cancelPlanChangeAction({}, form({ subscriptionId: sub.id }))).toEqual({ notice: expect.stringContaining('canceled') });

    expect(await previewPlanChangeAction({}, form({ subscriptionId: sub.id, planId: sub.planId, quantity: '0' }))).toMatchObject({
      error: 'The quantity must be a whole number from 1 to 999.',
      fieldErrors: { quantity: 'The quantity must be a whole number from 1 to 999.' },
    });

    // Forbidden for this customer: refused when forced, nothing written.
    await db.update(customers).set({ canChangePlan: false }).where(eq(customers.id, sub.customerId));
    expect(await changePlanAction({}, form({ subscriptionId: sub.id, planId: sub.planId, quantity: '5', expectedTotalMinor: '0' }))).toMatchObject({
      error: 'This subscription cannot be changed here. Please contact the shop.',
    });

    // Signed in as another customer now.
    await subscriber('snack-box-monthly');
    await expect(previewPlanChangeAction({}, form({ subscriptionId: sub.id, planId: sub.planId, quantity: '2' }))).rejects.toThrow('NEXT_NOT_FOUND');
    expect((await changesOf(sub.id)).map((c) => c.kind).sort()).toEqual(['canceled', 'scheduled']);
  });
});
