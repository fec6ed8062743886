import { eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { orders, payments } from '@/db/schema';
import { listCustomerInvoices } from '@/db/queries/portal/list-customer-invoices';
import { createPayableInvoice } from '@/lib/services/payments/payment-test-fixtures';
import { startInvoicePayment } from '@/lib/services/payments/start-invoice-payment';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { createFakeProvider, fakeProviderSlot } from '@/test/support/fake-provider';
import { placeOrder } from './place-order';
import { startOrderPayment } from './start-order-payment';

// The provider is the edge faked here: the checkout goes to `fake` (PaymentProvider in memory).
vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));
const current = fakeProviderSlot;

const BASE = 'http://localhost:3000';
let fake = createFakeProvider();
afterEach(() => {
  fake.release();
  current.provider = null;
});
function useFake() {
  fake = createFakeProvider();
  current.provider = fake.provider;
  return fake;
}

async function placedOrder() {
  const { customerId } = await newCustomer('locks');
  const plan = await planByCode('trendhouse-monthly');
  const placed = await placeOrder({ customerId, cart: cartOf([{ planId: plan.id, quantity: 1 }]), paymentMethod: 'ideal', now: new Date() });
  if (!placed.ok) throw new Error(placed.error.message);
  return { customerId, orderId: placed.value.order.id };
}

async function until(condition: () => boolean, what: string, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms))]);
}

describe('provider calls hold no database lock or connection', () => {
  test('20 checkouts wait on a slow provider at once while other requests still read and lock their rows', async () => {
    const provider = useFake();
    const placed: { customerId: string; orderId: string }[] = [];
    for (let i = 0; i < 20; i += 1) placed.push(await placedOrder());

    provider.hold();
    const starts = placed.map((p) => startOrderPayment({ orderId: p.orderId, customerId: p.customerId, baseUrl: BASE, now: new Date() }));
    // All 20 reach the provider: none waits for a connection another one holds (the pool has 10).
    await until(() => provider.checkoutCalls.length === 20, 'all 20 provider calls to be in flight');

    // Meanwhile a page query answers at once, and the orders are not locked.
    const page = await within(2_000, 'the invoice list', listCustomerInvoices(placed[0]!.customerId));
    expect(page).toEqual([]);
    const locked = await within(2_000, 'locking an order being paid', db.transaction((tx) =>
      tx.select({ id: orders.id }).from(orders).where(eq(orders.id, placed[3]!.orderId)).for('update', { noWait: true }),
    ));
    expect(locked).toHaveLength(1);

    provider.release();
    const results = await Promise.all(starts);
    for (const result of results) expect(result).toMatchObject({ ok: true, value: { kind: 'redirect' } });

    const rows = await db.select().from(payments).where(inArray(payments.orderId, placed.map((p) => p.orderId)));
    expect(rows).toHaveLength(20);
    for (const p of placed) {
      const row = rows.find((r) => r.orderId === p.orderId)!;
      expect(row).toMatchObject({ status: 'pending', provider: 'fake' });
      expect(row.providerPaymentId).toMatch(/^fk_/);
      expect(provider.checkoutCalls.filter((c) => c.reference === row.id)).toHaveLength(1);
      const result = results[placed.indexOf(p)]!;
      expect(result.ok && result.value.kind === 'redirect' && result.value.url).toBe(row.checkoutUrl);
    }
  });

  test('a second start of the same order while the first is at the provider waits for it: one payment, one provider call', async () => {
    const provider = useFake();
    const { customerId, orderId } = await placedOrder();
    provider.hold();
    const first = startOrderPayment({ orderId, customerId, baseUrl: BASE, now: new Date() });
    await until(() => provider.checkoutCalls.length === 1, 'the first provider call');
    const second = startOrderPayment({ orderId, customerId, baseUrl: BASE, now: new Date() });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(provider.checkoutCalls).toHaveLength(1);

    provider.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toMatchObject({ ok: true, value: { kind: 'redirect' } });
    expect(b).toEqual(a);
    expect(provider.checkoutCalls).toHaveLength(1);
    expect(await db.select().from(payments).where(eq(payments.orderId, orderId))).toHaveLength(1);
  });

  test('a second start of the same invoice while the first is at the provider opens no second checkout', async () => {
    const provider = useFake();
    const { customer, invoice } = await createPayableInvoice();
    provider.hold();
    const start = () => startInvoicePayment({ invoiceId: invoice.id, customerId: customer.id, method: 'ideal', baseUrl: BASE });
    const first = start();
    await until(() => provider.checkoutCalls.length === 1, 'the first provider call');
    const second = start();
    await new Promise((resolve) => setTimeout(resolve, 300));

    provider.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    expect(provider.checkoutCalls).toHaveLength(1);
    expect(await db.select().from(payments).where(eq(payments.invoiceId, invoice.id))).toHaveLength(1);
  });

  test('a provider that refuses the checkout leaves a failed attempt, and the next click starts a new one', async () => {
    const provider = useFake();
    const { customerId, orderId } = await placedOrder();
    const create = provider.provider.createCheckout;
    provider.provider.createCheckout = async () => {
      throw new Error('HTTP 422: method not enabled');
    };
    const refused = await startOrderPayment({ orderId, customerId, baseUrl: BASE, now: new Date() });
    expect(refused).toMatchObject({ ok: false });
    provider.provider.createCheckout = create;
    const again = await startOrderPayment({ orderId, customerId, baseUrl: BASE, now: new Date() });
    expect(again).toMatchObject({ ok: true, value: { kind: 'redirect' } });
    const rows = await db.select().from(payments).where(eq(payments.orderId, orderId)).orderBy(payments.attempt);
    expect(rows.map((r) => [r.attempt, r.status])).toEqual([
      [1, 'failed'],
      [2, 'pending'],
    ]);
  });

  test('an attempt whose process died at the provider is looked up there: its checkout is reused, not opened twice', async () => {
    const provider = useFake();
    const { customerId, orderId } = await placedOrder();
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    // Transaction 1 committed and the provider made the checkout, then the process died.
    const [row] = await db
      .insert(payments)
      .values({
        customerId,
        orderId,
        provider: 'fake',
        method: 'ideal',
        amountMinor: order!.totalMinor,
        currency: order!.currency,
        providerRequestedAt: new Date(Date.now() - 10 * 60_000),
      })
      .returning();
    const made = await provider.openCheckoutFor(row!);

    const started = await startOrderPayment({ orderId, customerId, baseUrl: BASE, now: new Date() });
    expect(started).toEqual({ ok: true, value: { kind: 'redirect', url: made.redirectUrl } });
    expect(provider.checkoutCalls).toHaveLength(1);
    const rows = await db.select().from(payments).where(eq(payments.orderId, orderId));
    expect(rows).toMatchObject([{ id: row!.id, status: 'pending', providerPaymentId: made.providerPaymentId }]);
  });
});
