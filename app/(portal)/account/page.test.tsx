import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, subscriptions } from '@/db/schema';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { scheduleSubscriptionStop } from '@/lib/services/subscriptions/schedule-subscription-stop';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
// The shop-wide switch as these tests set it, instead of the shared row (test files run in
// parallel against one database; the switch itself is saved by saveCustomersCanStop, tested apart).
const shop = vi.hoisted(() => ({ customersCanStop: true }));
vi.mock('@/db/queries/settings/get-storefront-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/db/queries/settings/get-storefront-settings')>();
  return { getStorefrontSettings: async () => ({ ...(await real.getStorefrontSettings()), ...shop }) };
});
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// The page's language: no `?lang=`, no cookie, no Accept-Language; the customer's stored one wins.
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
const viewer = vi.mocked(getViewer);
const { default: AccountPage } = await import('./page');

beforeEach(() => {
  viewer.mockReset();
  shop.customersCanStop = true;
  vi.stubEnv('RESEND_API_KEY', '');
});
afterEach(() => vi.unstubAllEnvs());

/** A signed-in simulated customer with one subscription of `planCode`, in `locale`. */
async function signedInSubscriber(planCode: string, locale: 'en' | 'nl' = 'en') {
  const clock = await createTestClock({ name: 'min side stop', startAt: new Date() });
  const plan = await planByCode(planCode);
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [customer] = await db.update(customers).set({ locale }).where(eq(customers.id, done.value.customerId)).returning();
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customer!.id));
  viewer.mockResolvedValue({ userId: customer!.userId, email: customer!.email, role: 'customer', customerId: customer!.id } satisfies Viewer);
  return { customer: customer!, sub: sub! };
}

const render = async () => renderToStaticMarkup(await AccountPage());

describe('Min Side → stopping a subscription', () => {
  test('offers the stop at the end of the term with reasons, in the customer’s language', async () => {
    await signedInSubscriber('snack-box-monthly', 'nl');
    const html = await render();
    expect(html).toContain('data-testid="subscription-stop-form"');
    expect(html).toContain('Stoppen aan het einde van de termijn');
    expect(html).toContain('Het is te duur');
  });

  test('a scheduled stop shows its date and offers the undo', async () => {
    const { customer, sub } = await signedInSubscriber('snack-box-monthly');
    const stopped = await scheduleSubscriptionStop({ customerId: customer.id, subscriptionId: sub.id, reason: 'other', note: null, now: new Date() });
    expect(stopped.ok).toBe(true);
    const html = await render();
    expect(html).toContain('data-testid="subscription-undo-stop-form"');
    expect(html).toContain('Stops on');
    expect(html).not.toContain('data-testid="subscription-stop-form"');
  });

  test('inside a commitment: no stop, only until when the commitment runs', async () => {
    await signedInSubscriber('trendhouse-monthly');
    const html = await render();
    expect(html).toContain('data-testid="subscription-stop-commitment"');
    expect(html).not.toContain('data-testid="subscription-stop-form"');
  });

  test('not offered when the merchant forbids it for this customer or for the shop', async () => {
    const { customer } = await signedInSubscriber('snack-box-monthly');
    await db.update(customers).set({ canCancel: false }).where(eq(customers.id, customer.id));
    expect(await render()).not.toContain('subscription-stop');
    await db.update(customers).set({ canCancel: true }).where(eq(customers.id, customer.id));
    expect(await render()).toContain('data-testid="subscription-stop-form"');
    shop.customersCanStop = false;
    expect(await render()).not.toContain('subscription-stop');
  });
});
