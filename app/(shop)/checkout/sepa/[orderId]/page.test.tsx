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
// The page's language: no `?lang=`, no cookie, no Accept-Language; the customer's stored one wins.
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
const viewer = vi.mocked(getViewer);
const { default: SepaMandatePage } = await import('./page');

// This file's own years (3700–3709).
const ORDERED = new Date('3701-05-01T09:00:00Z');

beforeEach(() => {
  viewer.mockReset();
  vi.stubEnv('RESEND_API_KEY', '');
});
afterEach(() => vi.unstubAllEnvs());

/** A signed-in customer (in `locale`) with an order to pay by SEPA direct debit. */
async function sepaOrder(locale: 'en' | 'nl') {
  const { customerId } = await newCustomer('sepa-page');
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
  viewer.mockResolvedValue({ userId: customer!.userId, email: customer!.email, role: 'customer', customerId } satisfies Viewer);
  return placed.value.order;
}

const render = async (orderId: string) => renderToStaticMarkup(await SepaMandatePage({ params: Promise.resolve({ orderId }) }));

describe('the SEPA mandate page', () => {
  test('asks for the holder and IBAN, shows the mandate text with the creditor and the amount, in the customer’s language', async () => {
    const order = await sepaOrder('nl');
    const html = await render(order.id);
    expect(html).toContain('Betalen via SEPA-incasso');
    expect(html).toContain('data-testid="sepa-iban"');
    expect(html).toContain('data-testid="sepa-consent"');
    expect(html).toMatch(/Door deze machtiging te bevestigen, geef je .+ toestemming/);
    expect(html).toContain('Incassant: ');
    expect(html).toMatch(/€\s?32,00/);
  });

  test('once the debit is asked for, it says the debit is on its way instead of asking again', async () => {
    const order = await sepaOrder('en');
    await db.insert(payments).values({
      customerId: order.customerId,
      orderId: order.id,
      attempt: 1,
      provider: 'test',
      method: 'sepa_debit',
      amountMinor: order.totalMinor,
      currency: order.currency,
      providerRequestedAt: new Date(),
      providerPaymentId: `tp_page_${order.id}`,
    });
    const html = await render(order.id);
    expect(html).toContain('data-testid="sepa-pending"');
    expect(html).not.toContain('data-testid="sepa-mandate-form"');
  });

  test('another customer’s order is not found', async () => {
    const order = await sepaOrder('en');
    await sepaOrder('en'); // signs in as a second customer
    await expect(render(order.id)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
