import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, subscriptions } from '@/db/schema';
import { decideTestCheckout } from '@/lib/payments/test-provider-events';
import { TEST_SETUP_OUTCOMES, type TestSetupOutcome } from '@/lib/payments/test-provider-outcomes';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import type { PaymentMethodChoice } from '@/lib/validations/cart';
import { planByCode } from '@/test/support/checkout-fixtures';
import { completeMethodSetup } from './complete-method-setup';
import { startMethodSetup } from './start-method-setup';

/** The customer goes through the test provider's setup page and comes back. */
export async function saveMethod(customerId: string, options: { outcome?: TestSetupOutcome; method?: PaymentMethodChoice; invoiceId?: string } = {}) {
  const started = await startMethodSetup({ customerId, method: options.method ?? 'card', invoiceId: options.invoiceId, baseUrl: 'http://shop.test' });
  if (!started.ok) throw new Error(started.error.message);
  const providerSetupId = started.value.redirectUrl.split('/').pop()!;
  const { status, reason, kind, mandate } = TEST_SETUP_OUTCOMES[options.outcome ?? 'save'];
  await decideTestCheckout(providerSetupId, { status, failureReason: reason, failureKind: kind, mandate, at: new Date() });
  const completed = await completeMethodSetup({ customerId, setupId: started.value.setupId, now: new Date() });
  if (!completed.ok) throw new Error(completed.error.message);
  return { ...completed.value, setupId: started.value.setupId };
}


/** A subscriber on a test clock whose card failed for good on the first term: past due, invoice open. */
export async function pastDueSubscriber() {
  const clock = await createTestClock({ name: 'payment methods', startAt: new Date('2026-01-15T10:00:00Z') });
  const plan = await planByCode('trendhouse-monthly');
  const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: true, mandate: 'failing' });
  if (!subscribed.ok) throw new Error(subscribed.error);
  const { customerId } = subscribed.value;
  await advanceTestClock({ clockId: clock.id, to: new Date('2026-02-16T12:00:00Z') });
  const [subscription] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
  const [invoice] = await db.select().from(invoices).where(and(eq(invoices.subscriptionId, subscription!.id), eq(invoices.term, 1)));
  return { customerId, subscription: subscription!, invoice: invoice! };
}
