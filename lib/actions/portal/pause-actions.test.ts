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
// The shop-wide switches as the service reads them (the shared row is left alone).
vi.mock('@/lib/services/settings/get-shop-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/settings/get-shop-settings')>();
  return {
    getShopSettings: async (...args: Parameters<typeof real.getShopSettings>) => ({
      ...(await real.getShopSettings(...args)),
      customersCanPause: true,
      maxPauseTerms: 12,
    }),
  };
});

const { pauseSubscriptionAction } = await import('./pause-subscription-action');
const { resumeSubscriptionAction } = await import('./resume-subscription-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

async function subscriber(locale: 'en' | 'de' = 'en') {
  const clock = await createTestClock({ name: 'pause actions', startAt: new Date() });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode('snack-box-monthly')).id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [customer] = await db.update(customers).set({ locale }).where(eq(customers.id, done.value.customerId)).returning();
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customer!.id));
  viewer.current = { userId: customer!.userId, email: customer!.email, role: 'customer', customerId: customer!.id };
  return { customer: customer!, sub: sub! };
}
const reload = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0]!;

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

describe('Min Side pause actions', () => {
  test('pause, confirmed in the customer’s language; a second pause refused; resume', async () => {
    const { sub } = await subscriber('de');
    expect(await pauseSubscriptionAction({}, form({ subscriptionId: sub.id, terms: '2' }))).toEqual({ notice: expect.stringContaining('Dein Abonnement pausiert ab dem') });
    expect(await reload(sub.id)).toMatchObject({ pauseAtPeriodEnd: true, pauseTerms: 2 });
    expect(await pauseSubscriptionAction({}, form({ subscriptionId: sub.id, terms: 'open' }))).toEqual({ error: 'Dieses Abonnement ist bereits pausiert oder pausiert demnächst.' });
    expect(await resumeSubscriptionAction({}, form({ subscriptionId: sub.id }))).toEqual({ notice: expect.stringContaining('läuft weiter') });
    expect(await reload(sub.id)).toMatchObject({ pauseAtPeriodEnd: false, pauseTerms: null });
  });

  test('bad input: no length, nonsense, 0 and 1,000 terms are refused with what to choose; nothing written', async () => {
    const { sub } = await subscriber();
    expect(await pauseSubscriptionAction({}, form({ subscriptionId: sub.id }))).toEqual({ error: 'Choose how long to pause.' });
    expect(await pauseSubscriptionAction({}, form({ subscriptionId: sub.id, terms: 'forever' }))).toEqual({ error: 'Choose how long to pause: a number of terms, or until resumed.' });
    for (const terms of ['0', '1000']) {
      expect(await pauseSubscriptionAction({}, form({ subscriptionId: sub.id, terms }))).toEqual({ error: 'Choose a pause of 1 to 12 terms, or until you resume it.' });
    }
    expect(await resumeSubscriptionAction({}, form({ subscriptionId: sub.id }))).toEqual({ error: 'This subscription is not paused.' });
    expect(await reload(sub.id)).toEqual(sub);
  });

  test("another customer's subscription is a 404 and changes nothing", async () => {
    const owner = await subscriber();
    await subscriber();
    await expect(pauseSubscriptionAction({}, form({ subscriptionId: owner.sub.id, terms: '1' }))).rejects.toThrow('NEXT_NOT_FOUND');
    await expect(resumeSubscriptionAction({}, form({ subscriptionId: owner.sub.id }))).rejects.toThrow('NEXT_NOT_FOUND');
    expect(await reload(owner.sub.id)).toEqual(owner.sub);
  });
});
