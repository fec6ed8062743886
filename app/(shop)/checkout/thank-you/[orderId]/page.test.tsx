import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, payments } from '@/db/schema';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';

vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
const viewer = vi.mocked(getViewer);
const { default: ThankYouPage } = await import('./page');

// This file's own years (3740–3741).
const ORDERED = new Date('3740-05-01T09:00:00Z');

beforeEach(() => {
  viewer.mockReset();
  vi.stubEnv('RESEND_API_KEY', '');
});
afterEach(() => vi.unstubAllEnvs());

/** A signed-in customer (in `locale`) whose SEPA order has a debit in the state given. */
async function sepaOrderWithDebit(locale: 'en' | 'de', debit: { status: 'pending' | 'failed'; failureReason?: string }) {
  const { customerId } = await newCustomer('thank-you-sepa');
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
    providerPaymentId: `tr_thanks${order.id.replace(/-/g, '').slice(0, 12)}`,
    accountMasked: 'DE89 •••• 3000',
    status: debit.status,
    failureReason: debit.failureReason ?? null,
  });
  viewer.mockResolvedValue({ userId: customer!.userId, email: customer!.email, role: 'customer', customerId } satisfies Viewer);
  return order;
}

const render = async (orderId: string) => renderToStaticMarkup(await ThankYouPage({ params: Promise.resolve({ orderId }) }));

describe('the thank-you page of an order paid by SEPA direct debit', () => {
  test('while the bank has not settled the debit: thanks, and says the subscription starts once it has, in the customer’s language', async () => {
    const order = await sepaOrderWithDebit('de', { status: 'pending' });
    const html = await render(order.id);
    expect(html).toContain('data-testid="thank-you-sepa-pending"');
    expect(html).toMatch(/Ihre Lastschrift über 32,00\s?€ ist in Bearbeitung/);
    expect(html).toContain('Ihr Abonnement beginnt, sobald das geschehen ist');
  });

  test('a debit that failed is no thank-you: the customer is sent to the page that offers another try', async () => {
    const order = await sepaOrderWithDebit('en', { status: 'failed', failureReason: 'Insufficient funds' });
    const thrown = await render(order.id).then(
      () => null,
      (error: unknown) => error as { digest?: string },
    );
    expect(thrown?.digest).toContain(`/checkout/failed/${order.id}`);
  });
});
