import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { orders, payments } from '@/db/schema';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { createFakeProvider, fakeProviderSlot } from '@/test/support/fake-provider';
import { STALE_PAYMENT_AFTER_MS, sweepStalePayments } from './sweep-stale-payments';

// The provider is the edge faked here: checkouts go to `fake` (PaymentProvider in memory).
vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));
const current = fakeProviderSlot;
afterEach(() => {
  current.provider = null;
});

// NOTE: test files share one database, so this file's payments start long before any other's:
// a sweep at START + 16 minutes finds only them.
const START = new Date('2001-01-01T00:00:00Z');
const SWEEP_AT = new Date(START.getTime() + STALE_PAYMENT_AFTER_MS + 60_000);

async function placedOrder() {
  const fake = createFakeProvider();
  current.provider = fake.provider;
  const { customerId } = await newCustomer('sweep');
  const plan = await planByCode('trendhouse-monthly');
  const placed = await placeOrder({ customerId, cart: cartOf([{ planId: plan.id, quantity: 1 }]), paymentMethod: 'ideal', now: new Date() });
  if (!placed.ok) throw new Error(placed.error.message);
  return { fake, customerId, order: placed.value.order };
}

/** Transaction 1 of an attempt committed at START; its process died during the provider call. */
async function inDoubtAttempt(customerId: string, order: { id: string; totalMinor: number; currency: string }) {
  const [row] = await db
    .insert(payments)
    .values({
      customerId,
      orderId: order.id,
      provider: 'fake',
      method: 'ideal',
      amountMinor: order.totalMinor,
      currency: order.currency,
      createdAt: START,
      providerRequestedAt: START,
    })
    .returning();
  return row;
}

const paymentsOf = (orderId: string) => db.select().from(payments).where(eq(payments.orderId, orderId));
const orderStatus = async (orderId: string) => (await db.select().from(orders).where(eq(orders.id, orderId)))[0]!.status;

describe('the sweep asks the provider about payments left pending', () => {
  test('a checkout whose webhook was lost is read back from the provider and fulfilled as the webhook would have', async () => {
    const { fake, customerId, order } = await placedOrder();
    const started = await startOrderPayment({ orderId: order.id, customerId, baseUrl: 'http://shop.test', now: new Date() });
    expect(started.ok).toBe(true);
    const [payment] = await paymentsOf(order.id);
    await db.update(payments).set({ createdAt: START, providerRequestedAt: START }).where(eq(payments.id, payment!.id));
    // The payer paid; the provider's webhook never reached us.
    fake.setStatus(payment!.providerPaymentId!, 'paid');
    const getPayment = vi.spyOn(fake.provider, 'getPayment');

    const report = await sweepStalePayments({ now: SWEEP_AT });

    expect(report.synced).toBeGreaterThanOrEqual(1);
    expect(getPayment).toHaveBeenCalledWith(payment!.providerPaymentId);
    expect(await paymentsOf(order.id)).toMatchObject([{ id: payment!.id, status: 'paid' }]);
    expect(await orderStatus(order.id)).toBe('paid');

    // Asked once per interval: a sweep a minute later leaves it alone.
    getPayment.mockClear();
    await sweepStalePayments({ now: new Date(SWEEP_AT.getTime() + 60_000) });
    expect(getPayment).not.toHaveBeenCalled();
  });

  test('a pending checkout that is still open stays pending, and one the payer abandoned at the provider is closed', async () => {
    const { fake, customerId, order } = await placedOrder();
    await startOrderPayment({ orderId: order.id, customerId, baseUrl: 'http://shop.test', now: new Date() });
    const [payment] = await paymentsOf(order.id);
    await db.update(payments).set({ createdAt: START }).where(eq(payments.id, payment!.id));

    await sweepStalePayments({ now: SWEEP_AT });
    expect(await paymentsOf(order.id)).toMatchObject([{ status: 'pending' }]);

    fake.setStatus(payment!.providerPaymentId!, 'canceled');
    await sweepStalePayments({ now: new Date(SWEEP_AT.getTime() + STALE_PAYMENT_AFTER_MS + 60_000) });
    expect(await paymentsOf(order.id)).toMatchObject([{ status: 'canceled' }]);
    expect(await orderStatus(order.id)).toBe('pending_payment');
  });

  test('an attempt whose process died during the provider call is looked up by its reference: paid there, it is recorded once', async () => {
    const { fake, customerId, order } = await placedOrder();
    const row = await inDoubtAttempt(customerId, order);
    // The provider made the checkout and the payer paid it; our answer never got stored.
    const made = await fake.openCheckoutFor(row!);
    fake.setStatus(made.providerPaymentId, 'paid');

    const report = await sweepStalePayments({ now: SWEEP_AT });

    expect(report.resolved).toBeGreaterThanOrEqual(1);
    expect(await paymentsOf(order.id)).toMatchObject([{ id: row!.id, status: 'paid', providerPaymentId: made.providerPaymentId }]);
    expect(await orderStatus(order.id)).toBe('paid');
    expect(fake.checkoutCalls).toHaveLength(1);
  });

  test('an attempt the provider never made is closed, so the next click starts a new one', async () => {
    const { customerId, order } = await placedOrder();
    const row = await inDoubtAttempt(customerId, order);
    await sweepStalePayments({ now: SWEEP_AT });
    expect(await paymentsOf(order.id)).toMatchObject([{ id: row!.id, status: 'failed' }]);
  });
});
