import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices, payments } from '@/db/schema';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { settlePayment } from '@/lib/services/checkout/settle-payment';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';
import { createTestCustomer, createTestInvoice, type TestInvoiceOptions } from '@/lib/services/email/test-fixtures';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { cartOf, newCustomer, payerChooses, planByCode } from '@/test/support/checkout-fixtures';

/**
 * Test data for credit notes, refunds and abandoned payments; every row is unique, since test
 * files share one database.
 */

/** A Trendhouse monthly order placed and sent to the test provider; the payer has not acted. */
export async function pendingCheckout(createdAt = new Date()) {
  const { customerId } = await newCustomer('credit');
  const plan = await planByCode('trendhouse-monthly');
  const placed = await placeOrder({
    customerId,
    cart: cartOf([{ planId: plan.id, quantity: 1 }]),
    paymentMethod: 'ideal',
    now: createdAt,
  });
  if (!placed.ok) throw new Error(placed.error.message);
  const started = await startOrderPayment({
    orderId: placed.value.order.id,
    customerId,
    baseUrl: 'http://localhost:3000',
    now: createdAt,
  });
  if (!started.ok) throw new Error(started.error.message);
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.value.order.id));
  await db.update(payments).set({ createdAt }).where(eq(payments.id, payment!.id));
  return {
    customerId,
    order: placed.value.order,
    payment: { ...payment!, createdAt },
  };
}

/** The same order paid on the test provider's page: a paid invoice of 3200 (9 % VAT) paid online. */
export async function paidOnlineInvoice() {
  const { customerId, order, payment } = await pendingCheckout();
  await payerChooses(payment.providerPaymentId!, 'paid');
  await settlePayment({ paymentId: payment.id, now: new Date() });
  const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, order.id));
  return { customerId, order, payment, invoice: invoice! };
}

/** An invoice of a simulated customer, whose credit notes take numbers from the clock's series. */
export async function clockCustomerInvoice(status: 'open' | 'paid', options: TestInvoiceOptions = {}) {
  const clock = await createTestClock({
    name: 'credit notes',
    startAt: new Date('2026-03-01T09:00:00Z'),
  });
  const customer = await createTestCustomer('en');
  const [onClock] = await db.update(customers).set({ testClockId: clock.id }).where(eq(customers.id, customer.id)).returning();
  const { invoice } = await createTestInvoice('en', status, {
    ...options,
    customer: onClock!,
  });
  return { clock, customer: onClock!, invoice };
}
