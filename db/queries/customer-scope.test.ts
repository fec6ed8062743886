import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoices, payments } from '@/db/schema';
import { getCustomerOrder } from '@/db/queries/orders/get-customer-order';
import { getCustomerInvoice } from '@/db/queries/portal/get-customer-invoice';
import { listCustomerInvoices } from '@/db/queries/portal/list-customer-invoices';
import { listCustomerSubscriptions } from '@/db/queries/portal/list-customer-subscriptions';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { settlePayment } from '@/lib/services/checkout/settle-payment';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';
import { cartOf, newCustomer, payerChooses, planByCode } from '@/test/support/checkout-fixtures';

describe('a customer reaches only their own rows', () => {
  test("another customer's order, invoice and subscriptions are invisible and unpayable", async () => {
    const owner = await newCustomer('owner');
    const stranger = await newCustomer('stranger');
    const plan = await planByCode('trendhouse-monthly');
    const placed = await placeOrder({
      customerId: owner.customerId,
      cart: cartOf([{ planId: plan.id, quantity: 1 }]),
      paymentMethod: 'card',
      now: new Date(),
    });
    if (!placed.ok) throw new Error(placed.error.message);
    const orderId = placed.value.order.id;

    // The stranger cannot start paying the owner's order.
    const hijack = await startOrderPayment({ orderId, customerId: stranger.customerId, baseUrl: 'http://x', now: new Date() });
    expect(hijack).toEqual({ ok: false, error: { code: 'order_not_found', message: 'We could not find that order on your account.' } });

    await startOrderPayment({ orderId, customerId: owner.customerId, baseUrl: 'http://x', now: new Date() });
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, orderId));
    await payerChooses(payment!.providerPaymentId!, 'paid');
    await settlePayment({ paymentId: payment!.id, now: new Date() });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, orderId));

    expect(await getCustomerOrder(owner.customerId, orderId)).not.toBeNull();
    expect(await getCustomerOrder(stranger.customerId, orderId)).toBeNull();
    expect(await getCustomerInvoice(owner.customerId, invoice!.id)).not.toBeNull();
    expect(await getCustomerInvoice(stranger.customerId, invoice!.id)).toBeNull();
    expect(await listCustomerInvoices(stranger.customerId)).toHaveLength(0);
    expect(await listCustomerSubscriptions(stranger.customerId)).toHaveLength(0);
    expect(await listCustomerSubscriptions(owner.customerId)).toHaveLength(1);
  });
});
