import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { customers, plans, subscriptions, users, type NewSubscription } from '@/db/schema';
import { startSubscription } from '@/lib/billing/subscription-start';
import { renewalCursor } from '@/lib/services/billing/renewal-cursor';

/**
 * Inserts `count` paid-up subscribers of one plan, started at `startAt`, on a test clock (or real
 * time with clockId null), in multi-row statements: the fixture for the crash test and the
 * bill-run benchmark. Term 0 counts as paid at checkout; the engine takes it from term 1.
 */
export async function insertSubscribers(
  db: DbOrTx,
  input: { count: number; planCode: string; startAt: Date; clockId: string | null; timeZone: string; chunk?: number },
): Promise<string[]> {
  const [plan] = await db.select().from(plans).where(eq(plans.code, input.planCode));
  if (!plan) throw new Error(`No plan ${input.planCode}`);
  const start = startSubscription({
    now: input.startAt,
    interval: { unit: plan.intervalUnit, count: plan.intervalCount },
    trialDays: 0,
    commitmentMonths: plan.commitmentMonths,
    timeZone: input.timeZone,
  });
  const cursor = renewalCursor({ ...start, startedAt: input.startAt, cancelAtPeriodEnd: false }, plan, input.timeZone, null);
  const ids: string[] = [];
  const chunk = input.chunk ?? 1000;
  const run = crypto.randomBytes(4).toString('hex');
  for (let offset = 0; offset < input.count; offset += chunk) {
    const size = Math.min(chunk, input.count - offset);
    const people = Array.from({ length: size }, (_, i) => ({
      email: `bulk-${run}-${offset + i}@example.invalid`,
      name: `Subscriber ${offset + i}`,
    }));
    const insertedUsers = await db
      .insert(users)
      .values(people.map((p) => ({ ...p, role: 'customer' as const })))
      .returning({ id: users.id, email: users.email, name: users.name });
    const insertedCustomers = await db
      .insert(customers)
      .values(
        insertedUsers.map((u) => ({
          userId: u.id,
          name: u.name!,
          email: u.email,
          addressLine1: 'Bulk street 1',
          postalCode: '1000 AA',
          city: 'Amsterdam',
          country: 'NL',
          testClockId: input.clockId,
        })),
      )
      .returning({ id: customers.id });
    const rows: NewSubscription[] = insertedCustomers.map((c) => ({
      customerId: c.id,
      planId: plan.id,
      status: start.status,
      quantity: 1,
      currency: plan.currency,
      unitPriceMinor: plan.priceMinor,
      anchorAt: start.anchorAt,
      currentTerm: 0,
      currentPeriodStart: start.currentPeriodStart,
      currentPeriodEnd: start.currentPeriodEnd,
      commitmentEndsAt: start.commitmentEndsAt,
      startedAt: input.startAt,
      ...cursor,
    }));
    const inserted = await db.insert(subscriptions).values(rows).returning({ id: subscriptions.id });
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}
