import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, paymentMethods, payments, plans, testClocks, users } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { decideTestCheckout } from '@/lib/payments/test-provider-events';
import type { TestMandateBehaviour } from '@/lib/payments/test-provider-outcomes';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { settlePayment } from '@/lib/services/checkout/settle-payment';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';
import type { PaymentMethodChoice } from '@/lib/validations/cart';

/**
 * A simulated customer on a test clock buys a plan through the real checkout services, paying
 * on the test provider, at the clock's time. With `autopay` the payment leaves a mandate and
 * renewals are charged; without it renewals are invoiced and e-mailed.
 */
export async function subscribeSimulatedCustomer(input: {
  clockId: string;
  planId: string;
  quantity?: number;
  couponCode?: string | null;
  autopay?: boolean;
  /** How the autopay mandate's later charges behave (the test provider's sandbox cards). */
  mandate?: TestMandateBehaviour;
  name?: string;
}): Promise<Result<{ customerId: string; orderId: string }>> {
  const [clock] = await db.select().from(testClocks).where(eq(testClocks.id, input.clockId));
  if (!clock) return err('That test clock does not exist.');
  const [plan] = await db.select().from(plans).where(eq(plans.id, input.planId));
  if (!plan) return err('That plan does not exist.');
  const now = clock.frozenTime;
  const tag = crypto.randomBytes(4).toString('hex');
  const email = `simulated-${tag}@example.invalid`;

  const customerId = await db.transaction(async (tx) => {
    const [user] = await tx.insert(users).values({ email, name: input.name ?? `Simulated ${tag}`, role: 'customer' }).returning();
    const [customer] = await tx
      .insert(customers)
      .values({
        userId: user!.id,
        name: input.name ?? `Simulated ${tag}`,
        email,
        addressLine1: 'Simulation street 1',
        postalCode: '1000 AA',
        city: 'Amsterdam',
        country: 'NL',
        testClockId: clock.id,
      })
      .returning();
    return customer!.id;
  });

  const method: PaymentMethodChoice = input.autopay === false ? 'ideal' : 'card';
  const placed = await placeOrder({
    customerId,
    cart: {
      items: [{ planId: plan.id, quantity: input.quantity ?? 1 }],
      couponCode: input.couponCode ?? null,
      shippingMethodId: null,
      paymentMethod: method,
      checkoutToken: crypto.randomBytes(16).toString('hex'),
    },
    paymentMethod: method,
    now,
  });
  if (!placed.ok) {
    // Nothing was bought: the simulated customer goes again, so the clock shows no orphan.
    await removeSimulatedCustomer(customerId);
    return err(placed.error.message);
  }
  const started = await startOrderPayment({ orderId: placed.value.order.id, customerId, baseUrl: 'http://simulation', now });
  if (!started.ok) return err(started.error);
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.value.order.id));
  if (payment?.providerPaymentId) {
    // The simulated payer presses "Pay" on the test provider's page.
    await decideTestCheckout(payment.providerPaymentId, { status: 'paid', mandate: input.mandate ?? 'ok', at: now });
    await settlePayment({ paymentId: payment.id, now });
  }
  if (input.autopay === false) {
    // No autopay: forget the mandate the first payment left, so renewals are invoiced.
    await db.delete(paymentMethods).where(eq(paymentMethods.customerId, customerId));
  }
  return ok({ customerId, orderId: placed.value.order.id });
}

async function removeSimulatedCustomer(customerId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [customer] = await tx.delete(customers).where(eq(customers.id, customerId)).returning({ userId: customers.userId });
    if (customer) await tx.delete(users).where(eq(users.id, customer.userId));
  });
}
