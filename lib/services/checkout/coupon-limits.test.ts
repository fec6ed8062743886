import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { coupons, orders, payments } from '@/db/schema';
import { applyCartCoupon } from '@/lib/services/cart/apply-cart-coupon';
import { markAbandonedNotPaid } from '@/lib/services/payments/abandoned-payments';
import { cartOf, newCoupon, newCustomer, payerChooses, planByCode } from '@/test/support/checkout-fixtures';
import { placeOrder } from './place-order';
import { settlePayment } from './settle-payment';
import { startOrderPayment } from './start-order-payment';

const timesRedeemed = async (couponId: string) => (await db.select().from(coupons).where(eq(coupons.id, couponId)))[0]!.timesRedeemed;
const ordersWith = (couponId: string) => db.select().from(orders).where(eq(orders.couponId, couponId));

async function orderWith(customerId: string, code: string, now = new Date()) {
  const plan = await planByCode('trendhouse-monthly');
  return placeOrder({ customerId, cart: cartOf([{ planId: plan.id, quantity: 1 }], { couponCode: code }), paymentMethod: 'ideal', now });
}

async function paidOrderWith(customerId: string, code: string) {
  const placed = await orderWith(customerId, code);
  if (!placed.ok) throw new Error(placed.error.message);
  const started = await startOrderPayment({ orderId: placed.value.order.id, customerId, baseUrl: 'http://localhost:3000', now: new Date() });
  if (!started.ok) throw new Error(started.error.message);
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.value.order.id));
  await payerChooses(payment!.providerPaymentId!, 'paid');
  await settlePayment({ paymentId: payment!.id, now: new Date() });
  return placed.value.order;
}

describe('coupon caps are counted with the order', () => {
  test('a cap of 1 and five customers ordering at once: exactly one order gets the code', async () => {
    const coupon = await newCoupon({ maxRedemptions: 1 });
    const customers = await Promise.all(Array.from({ length: 5 }, () => newCustomer('cap')));
    const results = await Promise.all(customers.map(({ customerId }) => orderWith(customerId, coupon.code)));

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toEqual({ ok: false, error: { field: 'coupon', code: 'coupon_used_up', message: 'This code has been used up.' } });
    }
    // Counted when the order is placed, not when it is paid; the refused orders left nothing.
    expect(await timesRedeemed(coupon.id)).toBe(1);
    expect(await ordersWith(coupon.id)).toHaveLength(1);
  });

  test('a canceled order gives its use back', async () => {
    const coupon = await newCoupon({ maxRedemptions: 1 });
    const [first, second] = await Promise.all([newCustomer('cap'), newCustomer('cap')]);
    const hourAgo = new Date(Date.now() - 2 * 60 * 60_000);
    const placed = await orderWith(first.customerId, coupon.code, hourAgo);
    if (!placed.ok) throw new Error(placed.error.message);
    expect(await orderWith(second.customerId, coupon.code)).toMatchObject({ ok: false, error: { message: 'This code has been used up.' } });

    const started = await startOrderPayment({ orderId: placed.value.order.id, customerId: first.customerId, baseUrl: 'http://localhost:3000', now: hourAgo });
    if (!started.ok) throw new Error(started.error.message);
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.value.order.id));
    await db.update(payments).set({ createdAt: hourAgo }).where(eq(payments.id, payment!.id));
    expect((await markAbandonedNotPaid({ paymentId: payment!.id, staffUserId: 'staff-1', now: new Date() })).ok).toBe(true);

    expect(await timesRedeemed(coupon.id)).toBe(0);
    expect((await orderWith(second.customerId, coupon.code)).ok).toBe(true);
  });
});

describe('once per customer', () => {
  test('a customer who ordered with the code is refused at apply and at order; another customer is not', async () => {
    const coupon = await newCoupon({ maxRedemptionsPerCustomer: 1 });
    const { customerId } = await newCustomer('once');
    const plan = await planByCode('trendhouse-monthly');
    const cart = cartOf([{ planId: plan.id, quantity: 1 }]);

    expect((await applyCartCoupon(cart, coupon.code, new Date(), customerId)).ok).toBe(true);
    await paidOrderWith(customerId, coupon.code);

    const message = 'You have already used this code: it can be used once per customer.';
    expect(await applyCartCoupon(cart, coupon.code.toLowerCase(), new Date(), customerId)).toEqual({
      ok: false,
      error: { code: 'coupon_used_by_customer', message, field: 'code', params: { used: 1, limit: 1 } },
    });
    expect(await orderWith(customerId, coupon.code)).toEqual({ ok: false, error: { field: 'coupon', code: 'coupon_used_by_customer', message, params: { used: 1, limit: 1 } } });
    expect(await db.select().from(orders).where(and(eq(orders.couponId, coupon.id), eq(orders.customerId, customerId)))).toHaveLength(1);

    const other = await newCustomer('once');
    expect((await applyCartCoupon(cart, coupon.code, new Date(), other.customerId)).ok).toBe(true);
    expect((await orderWith(other.customerId, coupon.code)).ok).toBe(true);
    expect(await timesRedeemed(coupon.id)).toBe(2);
  });

  test('two checkouts of one customer at once: only one gets the code', async () => {
    const coupon = await newCoupon({ maxRedemptionsPerCustomer: 1 });
    const { customerId } = await newCustomer('once');
    const results = await Promise.all([orderWith(customerId, coupon.code), orderWith(customerId, coupon.code), orderWith(customerId, coupon.code)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await ordersWith(coupon.id)).toHaveLength(1);
  });
});
