import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, subscriptions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

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

const { scheduleStopAction } = await import('./schedule-stop-action');
const { undoStopAction } = await import('./undo-stop-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

/** A signed-in customer (real time) with one subscription of `planCode`, reading the shop in `locale`. */
async function subscriber(planCode: string, locale: 'en' | 'de' = 'en') {
  const clock = await createTestClock({ name: 'stop actions', startAt: new Date() });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode(planCode)).id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [customer] = await db.update(customers).set({ locale }).where(eq(customers.id, done.value.customerId)).returning();
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customer!.id));
  return { customer: customer!, sub: sub! };
}
const signIn = (customer: { id: string; userId: string; email: string }) => {
  viewer.current = { userId: customer.userId, email: customer.email, role: 'customer', customerId: customer.id };
};
const reload = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!;

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

describe('Min Side stop actions', () => {
  test('stop, confirmed on screen in the customer’s language; a second submit answers "already scheduled"; undo', async () => {
    const { customer, sub } = await subscriber('snack-box-monthly', 'de');
    signIn(customer);
    const stopped = await scheduleStopAction({}, form({ subscriptionId: sub.id, reason: 'not_using', note: '  Zu wenig Zeit  ' }));
    expect(stopped).toEqual({ notice: expect.stringContaining('Dein Abonnement endet am') });
    expect(await reload(sub.id)).toMatchObject({ cancelAtPeriodEnd: true, stopReason: 'not_using', stopReasonNote: 'Zu wenig Zeit' });
    expect(await scheduleStopAction({}, form({ subscriptionId: sub.id, reason: 'other' }))).toEqual({
      error: 'Dieses Abonnement ist bereits gekündigt.',
    });
    expect(await undoStopAction({}, form({ subscriptionId: sub.id }))).toEqual({ notice: expect.stringContaining('zurückgenommen') });
    expect(await reload(sub.id)).toMatchObject({ cancelAtPeriodEnd: false });
  });

  test('inside a commitment the refusal says until when', async () => {
    const { customer, sub } = await subscriber('trendhouse-monthly');
    signIn(customer);
    const refused = await scheduleStopAction({}, form({ subscriptionId: sub.id, reason: 'other' }));
    const until = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(sub.commitmentEndsAt!).split(' ').at(-1)!;
    expect(refused.error).toMatch(/commitment until .+\. You can stop it/);
    expect(refused.error).toContain(until);
  });

  test('a reason is required; an unknown one is refused', async () => {
    const { customer, sub } = await subscriber('snack-box-monthly');
    signIn(customer);
    expect(await scheduleStopAction({}, form({ subscriptionId: sub.id }))).toMatchObject({ error: 'Choose why you are stopping.' });
    expect(await scheduleStopAction({}, form({ subscriptionId: sub.id, reason: 'bored' }))).toMatchObject({ error: 'Choose why you are stopping.' });
    expect(await reload(sub.id)).toMatchObject({ cancelAtPeriodEnd: false });
  });

  test("another customer's subscription is a 404 and changes nothing", async () => {
    const owner = await subscriber('snack-box-monthly');
    const stranger = await subscriber('snack-box-monthly');
    signIn(stranger.customer);
    await expect(scheduleStopAction({}, form({ subscriptionId: owner.sub.id, reason: 'other' }))).rejects.toThrow('NEXT_NOT_FOUND');
    await expect(undoStopAction({}, form({ subscriptionId: owner.sub.id }))).rejects.toThrow('NEXT_NOT_FOUND');
    expect(await reload(owner.sub.id)).toMatchObject({ cancelAtPeriodEnd: false, stopReason: null });
  });
});
