import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { payments } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { testProviderStore } from '@/lib/payments/test-provider';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { NOT_FOUND, nextOutcome } from '@/test/support/next-digest';

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { completeTestPaymentAction } = await import('./complete-test-payment-action');
const { testProviderEventAction } = await import('./test-provider-event-action');
const { requireTestPayerPage } = await import('./test-provider-access');

const STAFF: Viewer = {
  userId: 'staff-1',
  email: 'staff@example.com',
  role: 'admin',
  customerId: null,
};
const customerViewer = (customerId: string): Viewer => ({
  userId: `u-${customerId}`,
  email: 'c@example.com',
  role: 'customer',
  customerId,
});

/** A checkout of `customerId` waiting on the test provider's hosted page; its test payment id. */
async function openTestPayment(customerId: string): Promise<string> {
  const plan = await planByCode('trendhouse-monthly');
  const now = new Date();
  const placed = await placeOrder({
    customerId,
    cart: cartOf([{ planId: plan.id, quantity: 1 }]),
    paymentMethod: 'ideal',
    now,
  });
  if (!placed.ok) throw new Error(placed.error.message);
  const started = await startOrderPayment({
    orderId: placed.value.order.id,
    customerId,
    baseUrl: 'http://localhost:3000',
    now,
  });
  if (!started.ok) throw new Error(started.error.message);
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.value.order.id));
  return payment!.providerPaymentId!;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const pay = (id: string) => (completeTestPaymentAction as (prev: object, f: FormData) => Promise<{ returnUrl?: string }>)({}, form({ id, outcome: 'pay' }));
const statusOf = async (id: string) => (await testProviderStore.find(id))!.status;

let owner: { customerId: string };
let stranger: { customerId: string };
beforeAll(async () => {
  owner = await newCustomer('payer');
  stranger = await newCustomer('stranger');
});
afterEach(() => {
  vi.unstubAllEnvs();
  viewer.current = null;
});

describe('the test provider’s hosted payment', () => {
  test.each<[string, () => Viewer | null]>([
    ['nobody signed in', () => null],
    ['another customer', () => customerViewer(stranger.customerId)],
  ])('cannot be decided by %s (a 404), and stays open', async (_who, who) => {
    const id = await openTestPayment(owner.customerId);
    viewer.current = who();
    expect(await nextOutcome(() => pay(id))).toBe(NOT_FOUND);
    expect(await statusOf(id)).toBe('open');
  });

  test.each<[string, () => Viewer]>([
    ['the customer it is for', () => customerViewer(owner.customerId)],
    ['the shop’s staff', () => STAFF],
  ])('is decided by %s', async (_who, who) => {
    const id = await openTestPayment(owner.customerId);
    viewer.current = who();
    expect((await pay(id)).returnUrl).toMatch(/\/checkout\/return\?payment=/);
    expect(await statusOf(id)).toBe('paid');
  });

  test('is a 404 in production, even for staff, and stays open', async () => {
    const id = await openTestPayment(owner.customerId);
    vi.stubEnv('NODE_ENV', 'production');
    viewer.current = STAFF;
    expect(await nextOutcome(() => pay(id))).toBe(NOT_FOUND);
    expect(await nextOutcome(() => requireTestPayerPage(id))).toBe(NOT_FOUND);
    expect(await statusOf(id)).toBe('open');
  });

  test('its page sends a signed-out payer to sign in and back, and a stranger to a 404', async () => {
    const id = await openTestPayment(owner.customerId);
    expect(await nextOutcome(() => requireTestPayerPage(id))).toContain(`/signin?callbackUrl=${encodeURIComponent(`/test-provider/pay/${id}`)}`);
    viewer.current = customerViewer(stranger.customerId);
    expect(await nextOutcome(() => requireTestPayerPage(id))).toBe(NOT_FOUND);
  });
});

describe('the test provider’s dashboard events (settle, fail, charge back anybody’s payment)', () => {
  const event = (id: string) => (testProviderEventAction as (s: object, f: FormData) => Promise<{ error?: string }>)({}, form({ id, event: 'settle' }));

  test('are refused to a customer, even for their own payment', async () => {
    const id = await openTestPayment(owner.customerId);
    viewer.current = customerViewer(owner.customerId);
    expect(await event(id)).toEqual({
      error: expect.stringMatching(/^Only the shop’s staff can use the test payment provider/),
    });
    expect(await statusOf(id)).toBe('open');
  });

  test('are a 404 in production, even for staff', async () => {
    const id = await openTestPayment(owner.customerId);
    vi.stubEnv('NODE_ENV', 'production');
    viewer.current = STAFF;
    expect(await nextOutcome(() => event(id))).toBe(NOT_FOUND);
    expect(await statusOf(id)).toBe('open');
  });
});
