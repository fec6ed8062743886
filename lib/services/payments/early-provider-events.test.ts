import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { POST as webhook } from '@/app/api/webhooks/[provider]/route';
import { db } from '@/db/client';
import { earlyProviderEvents, orders, payments } from '@/db/schema';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { createFakeProvider, fakeProviderSlot } from '@/test/support/fake-provider';
import { dropUnmatchedEarlyProviderEvents, EARLY_EVENT_KEPT_MS, keepEarlyProviderEvent } from './early-provider-events';
import { sweepStalePayments } from './sweep-stale-payments';

// The provider is the edge faked here: checkouts and webhooks go to `fake` (PaymentProvider in memory).
vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));
afterEach(() => {
  fakeProviderSlot.provider = null;
});

async function placedOrder() {
  const fake = createFakeProvider();
  fakeProviderSlot.provider = fake.provider;
  const { customerId } = await newCustomer('early');
  const plan = await planByCode('trendhouse-monthly');
  const placed = await placeOrder({ customerId, cart: cartOf([{ planId: plan.id, quantity: 1 }]), paymentMethod: 'ideal', now: new Date() });
  if (!placed.ok) throw new Error(placed.error.message);
  return { fake, customerId, orderId: placed.value.order.id };
}

/** The provider's webhook for one of its payments, through our route. */
async function deliver(providerPaymentId: string) {
  const request = new Request('http://shop.test/api/webhooks/fake', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: providerPaymentId }),
  });
  const response = await webhook(request as never, { params: Promise.resolve({ provider: 'fake' }) });
  expect(response.status).toBe(200);
}

const orderStatus = async (orderId: string) => (await db.select().from(orders).where(eq(orders.id, orderId)))[0]!.status;
const kept = (providerPaymentId: string) =>
  db.select().from(earlyProviderEvents).where(and(eq(earlyProviderEvents.provider, 'fake'), eq(earlyProviderEvents.providerPaymentId, providerPaymentId)));

describe('a webhook that comes before its payment is stored', () => {
  test('is kept and applied when the checkout is stored: the order is paid, not left waiting', async () => {
    const { fake, customerId, orderId } = await placedOrder();
    // The provider made the payment, the payer paid at once, and its webhook beat its answer to us.
    fake.afterCreate = async (payment) => {
      fake.setStatus(payment.providerPaymentId, 'paid');
      await deliver(payment.providerPaymentId);
      expect(await kept(payment.providerPaymentId)).toHaveLength(1);
    };

    const started = await startOrderPayment({ orderId, customerId, baseUrl: 'http://shop.test', now: new Date() });

    expect(started).toMatchObject({ ok: true });
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, orderId));
    expect(payment).toMatchObject({ status: 'paid' });
    expect(await orderStatus(orderId)).toBe('paid');
    expect(await kept(payment!.providerPaymentId!)).toHaveLength(0);
  });

  test('is applied by the sweep when the writer that stored the payment died before applying it', async () => {
    const { fake, customerId, orderId } = await placedOrder();
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    // Transaction 1: the attempt.
    const [row] = await db
      .insert(payments)
      .values({ customerId, orderId, provider: 'fake', method: 'ideal', amountMinor: order!.totalMinor, currency: order!.currency, providerRequestedAt: new Date() })
      .returning();
    // The provider makes the checkout, the payer pays, and its webhook comes first.
    const made = await fake.openCheckoutFor(row!);
    fake.setStatus(made.providerPaymentId, 'paid');
    await deliver(made.providerPaymentId);
    expect(await kept(made.providerPaymentId)).toHaveLength(1);
    // Transaction 2 commits; its process dies before it applies the kept webhook.
    await db.update(payments).set({ providerPaymentId: made.providerPaymentId, checkoutUrl: made.redirectUrl }).where(eq(payments.id, row!.id));

    const report = await sweepStalePayments({ now: new Date('2001-01-01T00:00:00Z') });

    expect(report.early).toBeGreaterThanOrEqual(1);
    expect(await orderStatus(orderId)).toBe('paid');
    expect(await kept(made.providerPaymentId)).toHaveLength(0);
  });

  test('one never matched by a payment of ours is dropped after a day', async () => {
    const receivedAt = new Date('2001-01-01T00:00:00Z');
    const providerPaymentId = `fk_stranger_${crypto.randomUUID()}`;
    await keepEarlyProviderEvent({ provider: 'fake', providerPaymentId, now: receivedAt });
    await dropUnmatchedEarlyProviderEvents(new Date(receivedAt.getTime() + EARLY_EVENT_KEPT_MS - 60_000));
    expect(await kept(providerPaymentId)).toHaveLength(1);
    await dropUnmatchedEarlyProviderEvents(new Date(receivedAt.getTime() + EARLY_EVENT_KEPT_MS + 60_000));
    expect(await kept(providerPaymentId)).toHaveLength(0);
  });
});
