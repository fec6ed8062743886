import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { db } from '@/db/client';
import { domainEvents, subscriptions } from '@/db/schema';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

const activations = (subscriptionId: string) =>
  db.select().from(domainEvents).where(and(eq(domainEvents.name, 'subscription/activated'), eq(domainEvents.subjectId, subscriptionId)));

test('a trial that ends reports subscription/activated once, when its first paid term starts', async () => {
  const clock = await createTestClock({ name: 'trial activated', startAt: new Date('3651-03-01T09:00:00Z') });
  const plan = await planByCode('code-academy-monthly'); // a 14-day trial
  const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id });
  if (!subscribed.ok) throw new Error(subscribed.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
  expect(sub!.status).toBe('trialing');

  await advanceTestClock({ clockId: clock.id, to: new Date('3651-03-10T09:00:00Z') });
  expect(await activations(sub!.id)).toEqual([]);

  await advanceTestClock({ clockId: clock.id, to: new Date('3651-03-16T09:00:00Z') });
  const [after] = await db.select().from(subscriptions).where(eq(subscriptions.id, sub!.id));
  expect(after!.status).toBe('active');
  expect(await activations(sub!.id)).toHaveLength(1);

  // The next renewal is no activation.
  await advanceTestClock({ clockId: clock.id, to: new Date('3651-04-20T09:00:00Z') });
  expect(await activations(sub!.id)).toHaveLength(1);
});
