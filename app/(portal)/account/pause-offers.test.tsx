import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, subscriptions } from '@/db/schema';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { pauseSubscription } from '@/lib/services/subscriptions/pause/pause-subscription';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
// The shop-wide switches as these tests set them, instead of the shared row.
const shop = vi.hoisted(() => ({ customersCanStop: true, customersCanPause: true, maxPauseTerms: 3, retentionCouponId: null }));
vi.mock('@/db/queries/settings/get-storefront-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/db/queries/settings/get-storefront-settings')>();
  return { getStorefrontSettings: async () => ({ ...(await real.getStorefrontSettings()), ...shop }) };
});
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// The page reads the request's language (headers and cookies).
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
const viewer = vi.mocked(getViewer);
const { default: AccountPage } = await import('./page');

beforeEach(() => {
  viewer.mockReset();
  Object.assign(shop, { customersCanPause: true, maxPauseTerms: 3 });
  vi.stubEnv('RESEND_API_KEY', '');
});
afterEach(() => vi.unstubAllEnvs());

async function signedInSubscriber() {
  const clock = await createTestClock({ name: 'min side pause', startAt: new Date() });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode('snack-box-monthly')).id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [customer] = await db.select().from(customers).where(eq(customers.id, done.value.customerId));
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customer!.id));
  viewer.mockResolvedValue({ userId: customer!.userId, email: customer!.email, role: 'customer', customerId: customer!.id } satisfies Viewer);
  return { customer: customer!, sub: sub! };
}
const render = async () => renderToStaticMarkup(await AccountPage());

describe('Min Side → pausing a subscription', () => {
  test('offers a pause of 1 to the merchant maximum or until resumed, and again beside the stop', async () => {
    await signedInSubscriber();
    const html = await render();
    expect(html).toContain('data-testid="subscription-pause-form"');
    expect(html).toContain('3 terms');
    expect(html).not.toContain('4 terms');
    expect(html).toContain('Until I resume it');
    expect(html).toContain('data-testid="retention-pause-form"');
  });

  test('a coming pause shows when it starts, the next term moved, and the resume', async () => {
    const { customer, sub } = await signedInSubscriber();
    const paused = await pauseSubscription({ subscriptionId: sub.id, actor: { kind: 'customer', customerId: customer.id }, terms: 2, now: new Date() });
    if (!paused.ok) throw new Error(paused.error.message);
    const html = await render();
    expect(html).toContain('data-testid="subscription-pause-state"');
    expect(html).toContain('Pauses on');
    expect(html).toContain('data-testid="subscription-resume"');
    expect(html).not.toContain('data-testid="subscription-pause-form"');
  });

  test('not offered when the merchant forbids it for the shop or this customer', async () => {
    const { customer } = await signedInSubscriber();
    shop.customersCanPause = false;
    expect(await render()).not.toContain('pause-form');
    shop.customersCanPause = true;
    await db.update(customers).set({ canPause: false }).where(eq(customers.id, customer.id));
    expect(await render()).not.toContain('pause-form');
  });
});
