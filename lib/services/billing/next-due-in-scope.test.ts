import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { payments, plans } from '@/db/schema';
import type { ClockScope } from '@/lib/services/billing/clock-scope';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeCustomerAt } from '@/lib/services/test-clocks/subscribe-customer-at';
import { dueKindsAt, dueKindsInScope, nextDueByKindInScope, nextDueInScope } from './next-due-in-scope';
import { tick } from './tick';

// A customer on a test clock in the year 4630, walked through half a year as the demo history
// walks its dates: at each, the sweeps known due from the due dates must be those asked.
const START = new Date('4630-01-10T09:00:00Z');
const END = new Date('4630-07-01T00:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

async function customerOnClock(mandate: 'ok' | 'flaky'): Promise<{ scope: ClockScope; customerId: string }> {
  const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, 'trendhouse-monthly'));
  const clock = await createTestClock({ name: `due by kind ${mandate}`, startAt: START });
  const subscribed = await subscribeCustomerAt({
    testClockId: clock.id,
    name: 'Due By Kind',
    email: `due.kind.${randomUUID().slice(0, 8)}@demo.example`,
    planId: plan!.id,
    autopay: true,
    mandate,
    now: START,
  });
  if (!subscribed.ok) throw new Error(subscribed.error.message);
  return { scope: { kind: 'test-clock', clockId: clock.id }, customerId: subscribed.value.customerId };
}

describe('nextDueByKindInScope', () => {
  test('gives each kind its earliest due date, so the sweeps due at a date are those dueKindsInScope answers', async () => {
    for (const mandate of ['ok', 'flaky'] as const) {
      const { scope } = await customerOnClock(mandate);
      let now = START;
      const seen = { renewal: 0, charge: 0, dunning: 0 };
      for (;;) {
        const next = await nextDueByKindInScope(scope, now, END);
        expect(next.at).toEqual(await nextDueInScope(scope, now, END));
        if (!next.at) break;
        const earliest = Math.min(...[next.renewal, next.dunning, next.charge].filter((d) => d !== null).map((d) => d!.getTime()));
        expect(Math.max(earliest, now.getTime())).toBe(next.at.getTime());
        // The demo history's date: the due day's end, capped at `until`.
        now = new Date(Math.min(Math.floor(next.at.getTime() / DAY) * DAY + DAY - 1, END.getTime()));
        const known = dueKindsAt(next, now);
        const asked = await dueKindsInScope(scope, now);
        expect({ ...known, orderDunning: false }).toEqual({ ...asked, orderDunning: false });
        // Order dunning is given as dunning: a sweep too many at most, never one missed.
        if (asked.orderDunning) expect(known.orderDunning).toBe(true);
        for (const kind of ['renewal', 'charge', 'dunning'] as const) if (known[kind]) seen[kind] += 1;
        await tick({ now, scope, composeEmails: false, followUps: false, concurrency: 1, skipIdleSweeps: true, dueKinds: known });
      }
      expect(seen.renewal).toBeGreaterThan(4);
      if (mandate === 'flaky') expect(seen.charge).toBeGreaterThan(0);
    }
  }, 300_000);

  test('counts an autopay charge waiting with no date as due at once, without moving the earliest date', async () => {
    const { scope, customerId } = await customerOnClock('ok');
    const before = await nextDueByKindInScope(scope, START, END);
    expect(before.undatedCharge).toBe(false);
    expect(dueKindsAt(before, START).charge).toBe(false);
    await db.insert(payments).values({ customerId, provider: 'test', method: 'card', amountMinor: 1000, currency: 'EUR', status: 'pending', source: 'autopay', chargeAt: null });
    const after = await nextDueByKindInScope(scope, START, END);
    expect(after).toEqual({ ...before, undatedCharge: true });
    expect(dueKindsAt(after, START).charge).toBe(true);
    expect((await dueKindsInScope(scope, START)).charge).toBe(true);
  }, 60_000);
});
