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

describe('Min Side → an order paid by SEPA direct debit that has not started', () => {
  // This block's own years (3744).
  const ORDERED = new Date('3744-02-01T09:00:00Z');

  async function customerWithDebit(debit: { status: 'pending' | 'failed'; failureReason?: string }, locale: 'en' | 'nl') {
    const { newCustomer, cartOf } = await import('@/test/support/checkout-fixtures');
    const { placeOrder } = await import('@/lib/services/checkout/place-order');
    const { getShopSettings } = await import('@/lib/services/settings/get-shop-settings');
    const { payments } = await import('@/db/schema');
    const { customerId } = await newCustomer('min-side-sepa');
    const [customer] = await db.update(customers).set({ locale }).where(eq(customers.id, customerId)).returning();
    const settings = await getShopSettings(db);
    const plan = await planByCode('trendhouse-monthly');
    const placed = await placeOrder({
      customerId,
      cart: cartOf([{ planId: plan.id, quantity: 1 }], { paymentMethod: 'sepa_debit' }),
      paymentMethod: 'sepa_debit',
      now: ORDERED,
      settings: { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'sepa_debit'] },
    });
    if (!placed.ok) throw new Error(JSON.stringify(placed.error));
    const order = placed.value.order;
    await db.insert(payments).values({
      customerId,
      orderId: order.id,
      provider: 'mollie',
      method: 'sepa_debit',
      amountMinor: order.totalMinor,
      currency: order.currency,
      providerRequestedAt: ORDERED,
      providerPaymentId: `tr_minside${order.id.replace(/-/g, '').slice(0, 12)}`,
      accountMasked: 'NL91 •••• 4300',
      status: debit.status,
      failureReason: debit.failureReason ?? null,
    });
    viewer.mockResolvedValue({ userId: customer!.userId, email: customer!.email, role: 'customer', customerId } satisfies Viewer);
    return order;
  }

  test('pending at the bank: says the debit is on its way and the subscription starts once it is settled', async () => {
    await customerWithDebit({ status: 'pending' }, 'nl');
    const html = await render();
    expect(html).toContain('data-testid="account-debit-pending"');
    expect(html).toMatch(/€\s?32,00 wordt afgeschreven van NL91 •••• 4300/);
    expect(html).not.toContain('data-testid="account-subscription"');
  });

  test('refused by the bank: says why, that nothing started, and offers to pay another way', async () => {
    const order = await customerWithDebit({ status: 'failed', failureReason: 'Insufficient funds' }, 'en');
    const html = await render();
    expect(html).toContain('did not go through: Insufficient funds. Your subscription has not started.');
    expect(html).toContain(`href="/checkout/failed/${order.id}"`);
  });
});
