import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoices, payments, plans } from '@/db/schema';
import type { ClockScope } from '@/lib/services/billing/clock-scope';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeCustomerAt } from '@/lib/services/test-clocks/subscribe-customer-at';
import { dueKindsInScope, nextDueInScope } from './next-due-in-scope';
import { tick } from './tick';

// Two test clocks in the year 3951 with the same customer: one swept as always, one with
// skipIdleSweeps (the demo history's way). The engine must leave the same history on both.
const START = new Date('3951-01-10T09:00:00Z');
const END = new Date('3951-07-01T00:00:00Z');

async function customerOnClock(planId: string, mandate: 'ok' | 'flaky'): Promise<{ scope: ClockScope; customerId: string }> {
  const clock = await createTestClock({ name: `skip idle sweeps ${mandate}`, startAt: START });
  const subscribed = await subscribeCustomerAt({
    testClockId: clock.id,
    name: 'Idle Sweeps',
    email: `idle.${randomUUID().slice(0, 8)}@demo.example`,
    planId,
    autopay: true,
    mandate,
    now: START,
  });
  if (!subscribed.ok) throw new Error(subscribed.error.message);
  return { scope: { kind: 'test-clock', clockId: clock.id }, customerId: subscribed.value.customerId };
}

async function historyOf(customerId: string) {
  const billed = await db
    .select({ term: invoices.term, status: invoices.status, total: invoices.totalMinor, issuedAt: invoices.issuedAt, paidAt: invoices.paidAt })
    .from(invoices)
    .where(eq(invoices.customerId, customerId))
    .orderBy(asc(invoices.issuedAt));
  const charged = await db
    .select({ status: payments.status, amount: payments.amountMinor, settledAt: payments.settledAt })
    .from(payments)
    .where(eq(payments.customerId, customerId))
    .orderBy(asc(payments.createdAt));
  return { billed, charged };
}

describe('tick with skipIdleSweeps', () => {
  test('answers which sweeps are due, and leaves the same invoices and charges as every sweep does', async () => {
    const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, 'trendhouse-monthly'));
    for (const mandate of ['ok', 'flaky'] as const) {
      const always = await customerOnClock(plan!.id, mandate);
      const skipping = await customerOnClock(plan!.id, mandate);
      // Just after the sign-up nothing is due; by the end of the half year a renewal step is.
      expect(await dueKindsInScope(skipping.scope, START)).toEqual({ renewal: false, charge: false, dunning: false, orderDunning: false });
      expect((await dueKindsInScope(skipping.scope, END)).renewal).toBe(true);

      let now = START;
      let dates = 0;
      for (;;) {
        const due = await nextDueInScope(always.scope, now, END);
        if (!due) break;
        now = due;
        const a = await tick({ now, scope: always.scope, composeEmails: false, followUps: false, concurrency: 1 });
        const b = await tick({ now, scope: skipping.scope, composeEmails: false, followUps: false, concurrency: 1, skipIdleSweeps: true });
        expect(b).toEqual(a);
        dates += 1;
      }
      expect(dates).toBeGreaterThan(5);
      const [expected, actual] = [await historyOf(always.customerId), await historyOf(skipping.customerId)];
      expect(expected.billed.length).toBeGreaterThan(4);
      expect(actual).toEqual(expected);
      // A sweep at a date where nothing is due does nothing, asked or not.
      expect(await tick({ now, scope: skipping.scope, composeEmails: false, followUps: false, skipIdleSweeps: true })).toEqual({ renewals: 0, dunning: 0, charges: 0, failed: [] });
    }
  }, 300_000);
});
