import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, paymentMethods, payments, users } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { decideTestCheckout } from '@/lib/payments/test-provider-events';
import type { TestMandateBehaviour } from '@/lib/payments/test-provider-outcomes';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { settlePayment } from '@/lib/services/checkout/settle-payment';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';
import type { PaymentMethodChoice } from '@/lib/validations/cart';

export type SubscribeAtInput = {
  /** The customer's clock, or null for a real-time customer (the demo shop's history). */
  testClockId: string | null;
  name: string;
  email: string;
  city?: string;
  planId: string;
  quantity?: number;
  couponCode?: string | null;
  autopay?: boolean;
  /** How the autopay mandate's later charges behave (the test provider's sandbox cards). */
  mandate?: TestMandateBehaviour;
  now: Date;
};

/**
 * A new customer buys a plan at `now` through the real checkout services, paying on the test
 * provider. With `autopay` the payment leaves a mandate and renewals are charged; without it
 * renewals are invoiced and e-mailed. Used for a test clock's simulated customers and for the
 * demo shop's history: never for a real shop's customers (the payment is the test provider's).
 * A refusal is the checkout's own (its code, so staff read it in their language).
 */
export async function subscribeCustomerAt(input: SubscribeAtInput): Promise<Result<{ customerId: string; orderId: string }, DomainErrorShape>> {
  // NOTE: the user and the customer in one statement (atomic as the transaction of two inserts
  // was, its foreign key checked at the statement's end): one round trip per simulated sign-up.
  const newUser = db.insert(users).values({ email: input.email, name: input.name, role: 'customer' }).returning({ id: users.id });
  const newCustomer = db
    .insert(customers)
    .values({
      userId: sql`(select id from new_user)`,
      name: input.name,
      email: input.email,
      addressLine1: 'Simulation street 1',
      postalCode: '1000 AA',
      city: input.city ?? 'Amsterdam',
      country: 'NL',
      testClockId: input.testClockId,
      createdAt: input.now,
    })
    .returning({ id: customers.id });
  const [created] = await db.execute<{ id: string }>(sql`with new_user as (${newUser.getSQL()}) ${newCustomer.getSQL()}`);
  const customerId = created!.id;

  const method: PaymentMethodChoice = input.autopay === false ? 'ideal' : 'card';
  const placed = await placeOrder({
    customerId,
    cart: {
      items: [{ planId: input.planId, quantity: input.quantity ?? 1 }],
      couponCode: input.couponCode ?? null,
      shippingMethodId: null,
      paymentMethod: method,
      checkoutToken: crypto.randomBytes(16).toString('hex'),
    },
    paymentMethod: method,
    now: input.now,
  });
  if (!placed.ok) {
    // Nothing was bought: the customer goes again, so no orphan is left.
    await removeCustomer(customerId);
    return err(placed.error);
  }
  const started = await startOrderPayment({
    orderId: placed.value.order.id,
    customerId,
    baseUrl: 'http://simulation',
    now: input.now,
  });
  if (!started.ok) return err(started.error);
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.value.order.id));
  if (payment?.providerPaymentId) {
    // The payer presses "Pay" on the test provider's page.
    await decideTestCheckout(payment.providerPaymentId, {
      status: 'paid',
      mandate: input.mandate ?? 'ok',
      at: input.now,
    });
    // The row read above: the test provider's decision changed nothing on it.
    await settlePayment({ paymentId: payment.id, now: input.now, payment });
  }
  if (input.autopay === false) {
    // No autopay: forget the mandate the first payment left, so renewals are invoiced.
    await db.delete(paymentMethods).where(eq(paymentMethods.customerId, customerId));
  }
  return ok({ customerId, orderId: placed.value.order.id });
}

async function removeCustomer(customerId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [customer] = await tx.delete(customers).where(eq(customers.id, customerId)).returning({ userId: customers.userId });
    if (customer) await tx.delete(users).where(eq(users.id, customer.userId));
  });
}
