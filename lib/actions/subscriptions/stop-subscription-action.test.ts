import { eq } from 'drizzle-orm';
import { describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import type { Locale } from '@/lib/i18n/locales';
import { createTestSubscription } from '@/lib/services/email/test-fixtures';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({
  getViewer: async () => viewer.current,
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin',
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// The page's language; without it, actions answer in English (outside a request).
const pageLocale = vi.hoisted(() => ({ current: 'en' as Locale }));
vi.mock('@/lib/auth/page-locale', () => ({ getPageLocale: async () => pageLocale.current }));

const { stopSubscriptionAction } = await import('./stop-subscription-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe('stopSubscriptionAction', () => {
  test('a customer or a signed-out visitor is refused and the subscription runs on; staff stop it', async () => {
    const clock = await createTestClock({ name: 'stop action', startAt: new Date('2026-03-01T09:00:00Z') });
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode('trendhouse-monthly')).id });
    if (!subscribed.ok) throw new Error(subscribed.error);
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
    const fields = form({ subscriptionId: sub!.id, currency: 'EUR' });

    for (const who of [null, { userId: 'u2', email: 'c@example.com', role: 'customer', customerId: 'c2' } as Viewer]) {
      viewer.current = who;
      expect(await stopSubscriptionAction({}, fields)).toEqual({ error: expect.stringContaining('Only the shop’s staff') });
    }
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, sub!.id)))[0]!.status).toBe('active');

    viewer.current = { userId: 'u1', email: 'merchant@example.com', role: 'owner', customerId: null };
    expect(await stopSubscriptionAction({}, form({ subscriptionId: 'nope', currency: 'EUR' }))).toEqual({ error: 'That subscription does not exist.' });
    expect(await stopSubscriptionAction({}, fields)).toMatchObject({ notice: expect.stringContaining('Stopped') });
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, sub!.id)))[0]!.status).toBe('ended');
  });

  test.each([
    ['en', 'Stopped; nothing credited for the running term. The subscription has no invoiced term running now: nothing to credit.'],
    ['de', 'Beendet; für den laufenden Zeitraum wurde nichts gutgeschrieben. Das Abonnement hat derzeit keinen laufenden abgerechneten Zeitraum: Es gibt nichts gutzuschreiben.'],
  ] as const)('a stop that gives nothing back says why, in the staff member’s language (%s)', async (locale, notice) => {
    const { subscription } = await createTestSubscription();
    viewer.current = { userId: 'u1', email: 'merchant@example.com', role: 'owner', customerId: null };
    pageLocale.current = locale;
    try {
      expect(await stopSubscriptionAction({}, form({ subscriptionId: subscription.id, currency: 'EUR' }))).toEqual({ notice });
    } finally {
      pageLocale.current = 'en';
    }
  });
});
