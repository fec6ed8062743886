import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, sellerIdentities } from '@/db/schema';
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
const { default: SepaMandatePage } = await import('./page');

// This file's own years (3742–3743): the page shows the seller identity in force "now", so the
// clock is set inside them, after the identity this file saves.
const IDENTITY_FROM = new Date('3742-01-01T00:00:00Z');
const NOW = new Date('3742-06-01T09:00:00Z');

beforeAll(async () => {
  await db.insert(sellerIdentities).values({
    validFrom: IDENTITY_FROM,
    legalName: 'Musterverlag GmbH',
    addressLine1: 'Hauptstraße 1',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
    contactEmail: 'rechnung@example.de',
    sepaCreditorId: 'DE98ZZZ09999999999',
  });
});
beforeEach(() => {
  viewer.mockReset();
  vi.stubEnv('RESEND_API_KEY', '');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

async function sepaOrder(locale: 'de' | 'nb', planCode: string) {
  const { customerId } = await newCustomer('sepa-creditor');
  const [customer] = await db.update(customers).set({ locale }).where(eq(customers.id, customerId)).returning();
  const settings = await getShopSettings(db);
  const plan = await planByCode(planCode);
  const placed = await placeOrder({
    customerId,
    cart: cartOf([{ planId: plan.id, quantity: 1 }], { paymentMethod: 'sepa_debit' }),
    paymentMethod: 'sepa_debit',
    now: NOW,
    settings: { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'sepa_debit'] },
  });
  if (!placed.ok) throw new Error(JSON.stringify(placed.error));
  viewer.mockResolvedValue({ userId: customer!.userId, email: customer!.email, role: 'customer', customerId } satisfies Viewer);
  return placed.value.order;
}

const render = async (orderId: string) => renderToStaticMarkup(await SepaMandatePage({ params: Promise.resolve({ orderId }) }));

describe('the SEPA mandate names the creditor as the seller identity has it', () => {
  test('the legal name and the SEPA creditor identifier, in the customer’s language', async () => {
    const order = await sepaOrder('de', 'trendhouse-monthly');
    const html = await render(order.id);
    expect(html).toContain('Musterverlag GmbH');
    expect(html).toContain('Gläubiger-Identifikationsnummer: DE98ZZZ09999999999');
  });

  test('norsk: the creditor identifier in bokmål too', async () => {
    const order = await sepaOrder('nb', 'trendhouse-monthly');
    expect(await render(order.id)).toContain('Kreditor-ID: DE98ZZZ09999999999');
  });
});
