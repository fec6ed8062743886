import { and, eq, lt, lte } from 'drizzle-orm';
import { db } from '@/db/client';
import { testClocks } from '@/db/schema';
import { nextDueInScope } from '@/lib/services/billing/next-due-in-scope';
import { tick, type TickReport } from '@/lib/services/billing/tick';

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
    const next = await nextDueInScope({ kind: 'test-clock', clockId: clock.id }, now, input.to);
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
