import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, subscriptions } from '@/db/schema';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';

/**
 * A simulation through the real services, unique per call: a clock from Jan 31 2026 10:00
 * (Amsterdam) with one Trendhouse monthly subscriber without autopay, advanced past term 1's
 * issue (Feb 28), plus an empty second clock. The assertions filter on these clocks, so other
 * test files may write to the same database at the same time. No clean-up: simulated customers
 * own orders, payments, invoices, e-mails and log rows, and the test database is thrown away.
 */
export async function createTestClockFixture() {
  const tag = randomUUID().slice(0, 8);
  const clock = await createTestClock({ name: `Queries ${tag}`, startAt: new Date('2026-01-31T09:00:00Z') });
  const emptyClock = await createTestClock({ name: `Empty ${tag}`, startAt: new Date('2026-01-31T09:00:00Z') });
  const [plan] = await db.select().from(plans).where(eq(plans.code, 'trendhouse-monthly'));
  if (!plan) throw new Error('Seeded plan trendhouse-monthly is missing');
  const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false, name: `Sim ${tag}` });
  if (!subscribed.ok) throw new Error(subscribed.error);
  const report = await advanceTestClock({ clockId: clock.id, to: new Date('2026-03-01T09:00:00Z') });
  const [subscription] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
  return { tag, clock, emptyClock, plan, customerId: subscribed.value.customerId, subscription: subscription!, report };
}

export type TestClockFixture = Awaited<ReturnType<typeof createTestClockFixture>>;
