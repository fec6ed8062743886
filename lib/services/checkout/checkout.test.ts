import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoiceLines, invoices, orders, paymentMethods, payments, plans, subscriptions } from '@/db/schema';
import { cartOf, newCoupon, newCustomer, payerChooses, planByCode } from '@/test/support/checkout-fixtures';
import { placeOrder } from './place-order';
import { priceCart } from './price-cart';
import { settlePayment } from './settle-payment';
import { startOrderPayment } from './start-order-payment';

const BASE = 'http://localhost:3000';

async function checkout(customerId: string, cart: ReturnType<typeof cartOf>) {
  const now = new Date();
  const placed = await placeOrder({ customerId, cart, paymentMethod: 'ideal', now });
  if (!placed.ok) throw new Error(placed.error.message);
  const started = await startOrderPayment({ orderId: placed.value.order.id, customerId, baseUrl: BASE, now });
  if (!started.ok || started.value.kind !== 'redirect') throw new Error('expected a redirect to the provider');
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.value.order.id));
  return { order: placed.value.order, payment: payment!, redirect: started.value.url };
}

describe('checkout', () => {
  test('Trendhouse monthly with WELCOME10: one active subscription and a paid invoice with plan and coupon lines', async () => {
    const { customerId } = await newCustomer();
    const plan = await planByCode('trendhouse-monthly');
    const { order, payment } = await checkout(customerId, cartOf([{ planId: plan.id, quantity: 1 }], { couponCode: 'WELCOME10' }));
    expect(order.totalMinor).toBe(2880);

    await payerChooses(payment.providerPaymentId!, 'paid');
    const result = await settlePayment({ paymentId: payment.id, now: new Date() });
    expect(result).toMatchObject({ status: 'paid', orderId: order.id });

    const subs = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ status: 'active', quantity: 1, unitPriceMinor: 3200, currentTerm: 0 });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, order.id));
    expect(invoice).toMatchObject({ status: 'paid', totalMinor: 2880, amountPaidMinor: 2880, taxMinor: 238 });
    expect(invoice!.number).toMatch(/^KD-\d{6}$/);
    expect(invoice!.customerSnapshot).toMatchObject({ name: 'Test Buyer', city: 'Amsterdam', country: 'NL' });
    const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice!.id));
    expect(lines.map((l) => [l.kind, l.amountMinor])).toEqual(
      expect.arrayContaining([
        ['plan', 3200],
        ['discount', -320],
      ]),
    );
    expect(lines.find((l) => l.kind === 'plan')).toMatchObject({ subscriptionId: subs[0]!.id, term: 0 });

    // The iDEAL payment left a mandate for autopay, as the default method.
    const methods = await db.select().from(paymentMethods).where(eq(paymentMethods.customerId, customerId));
    expect(methods).toMatchObject([{ type: 'ideal', provider: 'test', isDefault: true }]);
    expect(methods[0]!.mandateRef).toMatch(/^tm_ok_tp_/);
  });

  test('a free trial without a setup fee: nothing to pay, no provider, no invoice; the trial starts and the order is confirmed', async () => {
    const { id: _seeded, ...course } = await planByCode('code-academy-monthly');
    const [plan] = await db
      .insert(plans)
      .values({ ...course, code: `free-trial-${randomUUID()}`, setupFeeMinor: 0 })
      .returning();
    const { customerId } = await newCustomer();
    const now = new Date();
    const placed = await placeOrder({ customerId, cart: cartOf([{ planId: plan!.id, quantity: 1 }]), paymentMethod: 'ideal', now });
    if (!placed.ok) throw new Error(placed.error.message);
    expect(placed.value.order.totalMinor).toBe(0);
    const started = await startOrderPayment({ orderId: placed.value.order.id, customerId, baseUrl: BASE, now });
    expect(started).toMatchObject({ ok: true, value: { kind: 'done', orderId: placed.value.order.id } });

    const [order] = await db.select().from(orders).where(eq(orders.id, placed.value.order.id));
    expect(order!.status).toBe('paid');
    expect(await db.select().from(invoices).where(eq(invoices.orderId, order!.id))).toEqual([]);
    const subs = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
    expect(subs).toMatchObject([{ status: 'trialing', planId: plan!.id }]);
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, order!.id));
    expect(payment).toMatchObject({ provider: 'none', status: 'paid', amountMinor: 0, invoiceId: null });
  });

  test('the e-learning course bills its setup fee now and starts a trial', async () => {
    const { customerId } = await newCustomer();
    const plan = await planByCode('code-academy-monthly');
    const { payment } = await checkout(customerId, cartOf([{ planId: plan.id, quantity: 1 }]));
    expect(payment.amountMinor).toBe(4900);
    await payerChooses(payment.providerPaymentId!, 'paid');
    await settlePayment({ paymentId: payment.id, now: new Date() });
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
    expect(sub!.status).toBe('trialing');
    const days = (sub!.trialEndsAt!.getTime() - sub!.startedAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(14);
  });

  test('a declined payment leaves the order unpaid and activates nothing', async () => {
    const { customerId } = await newCustomer();
    const plan = await planByCode('trendhouse-yearly');
    const { order, payment } = await checkout(customerId, cartOf([{ planId: plan.id, quantity: 1 }]));
    await payerChooses(payment.providerPaymentId!, 'failed', 'Declined: insufficient funds');
    const result = await settlePayment({ paymentId: payment.id, now: new Date() });
    expect(result).toMatchObject({ status: 'failed', failureReason: 'Declined: insufficient funds' });
    const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(after!.status).toBe('pending_payment');
    expect(await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId))).toHaveLength(0);
    expect(await db.select().from(invoices).where(eq(invoices.customerId, customerId))).toHaveLength(0);

    // Trying again makes attempt 2 at the provider.
    const retry = await startOrderPayment({ orderId: order.id, customerId, baseUrl: BASE, now: new Date() });
    expect(retry.ok && retry.value.kind).toBe('redirect');
    const attempts = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(attempts.map((p) => p.attempt).sort()).toEqual([1, 2]);
  });

  test('paying twice (double submit, replayed return URL, racing settles) activates one subscription and one invoice', async () => {
    const { customerId } = await newCustomer();
    const plan = await planByCode('trendhouse-monthly');
    const cart = cartOf([{ planId: plan.id, quantity: 2 }]);
    const [first, second] = await Promise.all([
      placeOrder({ customerId, cart, paymentMethod: 'ideal', now: new Date() }),
      placeOrder({ customerId, cart, paymentMethod: 'ideal', now: new Date() }),
    ]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.value.order.id).toBe(second.value.order.id);

    const starts = await Promise.all(
      [1, 2, 3].map(() => startOrderPayment({ orderId: first.value.order.id, customerId, baseUrl: BASE, now: new Date() })),
    );
    const urls = new Set(starts.map((s) => (s.ok && s.value.kind === 'redirect' ? s.value.url : null)));
    expect(urls.size).toBe(1);
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, first.value.order.id));
    await payerChooses(payment!.providerPaymentId!, 'paid');
    const results = await Promise.all([1, 2, 3, 4].map(() => settlePayment({ paymentId: payment!.id, now: new Date() })));
    expect(results.every((r) => r.status === 'paid')).toBe(true);

    expect(await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId))).toHaveLength(1);
    const invs = await db.select().from(invoices).where(eq(invoices.customerId, customerId));
    expect(invs).toHaveLength(1);
    expect(invs[0]!.totalMinor).toBe(6400);
  });

  test('invoice numbers stay gapless across concurrent orders', async () => {
    const plan = await planByCode('trendhouse-monthly');
    const buyers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => newCustomer('gapless')));
    const checkouts = await Promise.all(buyers.map((b) => checkout(b.customerId, cartOf([{ planId: plan.id, quantity: 1 }]))));
    for (const c of checkouts) await payerChooses(c.payment.providerPaymentId!, 'paid');
    await Promise.all(checkouts.map((c) => settlePayment({ paymentId: c.payment.id, now: new Date() })));

    const all = await db.select({ seq: invoices.sequenceNumber }).from(invoices).where(eq(invoices.seriesId, 'invoice'));
    const numbers = all.map((r) => r.seq!).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const mine = await db
      .select()
      .from(invoices)
      .where(inArray(invoices.customerId, buyers.map((b) => b.customerId)));
    expect(new Set(mine.map((i) => i.number)).size).toBe(6);
  });
});

describe('bad input at checkout', () => {
  test.each([
    ['an empty cart', () => cartOf([]), 'Your cart is empty'],
    ['a plan id that does not exist', () => cartOf([{ planId: '00000000-0000-4000-8000-000000000000', quantity: 1 }]), 'no longer available'],
  ])('%s is refused and nothing is written', async (_name, makeCart, message) => {
    const { customerId } = await newCustomer();
    const result = await placeOrder({ customerId, cart: makeCart(), paymentMethod: 'ideal', now: new Date() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
    expect(await db.select().from(orders).where(eq(orders.customerId, customerId))).toHaveLength(0);
  });

  test('an expired coupon is refused with its date', async () => {
    const coupon = await newCoupon({ validUntil: new Date('2025-01-31T12:00:00Z') });
    const plan = await planByCode('trendhouse-monthly');
    const priced = await priceCart(db, cartOf([{ planId: plan.id, quantity: 1 }], { couponCode: coupon.code }), new Date());
    expect(priced.ok).toBe(false);
    if (!priced.ok) expect(priced.error).toMatchObject({ field: 'coupon', message: expect.stringContaining('expired') });
  });

  test('a coupon for another plan is refused', async () => {
    const other = await planByCode('snack-box-monthly');
    const coupon = await newCoupon({ planIds: [other.id] });
    const plan = await planByCode('trendhouse-monthly');
    const priced = await priceCart(db, cartOf([{ planId: plan.id, quantity: 1 }], { couponCode: coupon.code }), new Date());
    expect(!priced.ok && priced.error.message).toContain('does not apply');
  });

  test('a payment method the shop does not offer is refused', async () => {
    const { customerId } = await newCustomer();
    const plan = await planByCode('trendhouse-monthly');
    const result = await placeOrder({
      customerId,
      cart: cartOf([{ planId: plan.id, quantity: 1 }]),
      paymentMethod: 'bank_transfer',
      now: new Date(),
    });
    expect(!result.ok && result.error.message).toContain('not offered');
    expect(await db.select().from(orders).where(and(eq(orders.customerId, customerId)))).toHaveLength(0);
  });
});
