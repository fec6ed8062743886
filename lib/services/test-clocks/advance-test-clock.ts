import { and, eq, isNotNull, isNull, lt, lte, min } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices, payments, subscriptions, testClocks } from '@/db/schema';
import { tick, type TickReport } from '@/lib/services/billing/tick';

/** The earliest engine date due on this clock at or before `until`, or null. */
async function nextDueOnClock(clockId: string, after: Date, until: Date): Promise<Date | null> {
  const [renewal] = await db
    .select({ at: min(subscriptions.nextActionAt) })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(and(eq(customers.testClockId, clockId), isNotNull(subscriptions.nextActionAt), lte(subscriptions.nextActionAt, until)));
  const [dunning] = await db
    .select({ at: min(invoices.nextDunningAt) })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(
      and(
        eq(customers.testClockId, clockId),
        eq(invoices.status, 'open'),
        isNotNull(invoices.nextDunningAt),
        lte(invoices.nextDunningAt, until),
      ),
    );
  // Autopay retries waiting out their backoff are dates of their own.
  const [charge] = await db
    .select({ at: min(payments.chargeAt) })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(
      and(
        eq(customers.testClockId, clockId),
        eq(payments.status, 'pending'),
        eq(payments.source, 'autopay'),
        isNull(payments.providerPaymentId),
        lte(payments.chargeAt, until),
      ),
    );
  const dates = [renewal?.at, dunning?.at, charge?.at].filter((d): d is Date => d instanceof Date);
  if (dates.length === 0) return null;
  const earliest = new Date(Math.min(...dates.map((d) => d.getTime())));
  return earliest < after ? after : earliest;
}

/**
 * Moves a test clock forward to `to`, running the engine for the clock's customers at each date
 * something falls due on the way (a renewal step, a dunning step, an autopay retry), in date order, so a simulated year produces the same rows as a
 * real year would (each invoice dated on its own day, each reminder after its due date).
 */
export async function advanceTestClock(
  input: { clockId: string; to: Date },
): Promise<TickReport & { steps: number; reachedAt: Date }> {
  const [clock] = await db.select().from(testClocks).where(eq(testClocks.id, input.clockId));
  if (!clock) throw new Error(`Test clock ${input.clockId} does not exist`);
  if (input.to < clock.frozenTime) throw new Error('A test clock only moves forward.');

  const total = { renewals: 0, dunning: 0, charges: 0, failed: [] as TickReport['failed'], steps: 0 };
  let now = clock.frozenTime;
  for (let guard = 0; guard < 100_000; guard += 1) {
    const next = await nextDueOnClock(clock.id, now, input.to);
    if (!next) break;
    now = next;
    await db.update(testClocks).set({ frozenTime: now }).where(and(eq(testClocks.id, clock.id), lte(testClocks.frozenTime, now)));
    const report = await tick({ now, scope: { kind: 'test-clock', clockId: clock.id } });
    total.renewals += report.renewals;
    total.dunning += report.dunning;
    total.charges += report.charges;
    total.failed.push(...report.failed);
    total.steps += 1;
    // NOTE: stop at the failing date: moving on would run later steps of the others at dates
    // the failed subscription never reached. The merchant sees the error and where the clock is.
    if (report.failed.length) return { ...total, reachedAt: now };
  }
  await db.update(testClocks).set({ frozenTime: input.to }).where(and(eq(testClocks.id, clock.id), lt(testClocks.frozenTime, input.to)));
  return { ...total, reachedAt: input.to };
}
