import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoiceLines, invoices, subscriptions } from '@/db/schema';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

/** An instant as the wall clock in `timeZone` shows it: "2026-04-10 09:00". */
function local(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** 09:00 on Jan 10 in the zone, as an instant (no DST in January north, DST in Auckland). */
const START = {
  'Europe/Oslo': '2026-01-10T08:00:00Z',
  'America/Los_Angeles': '2026-01-10T17:00:00Z',
  'Pacific/Auckland': '2026-01-09T20:00:00Z',
} as const;

describe('merchant time zones across both DST changes, on a test clock', () => {
  test.each(Object.entries(START))('%s: one invoice per monthly term, each dated on the local anniversary at 09:00', async (zone, start) => {
    const clock = await createTestClock({ name: `DST ${zone}`, startAt: new Date(start), timeZone: zone });
    const plan = await planByCode('trendhouse-monthly');
    // Autopay, so that every term is paid and the year runs through.
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: true });
    if (!subscribed.ok) throw new Error(subscribed.error);
    await advanceTestClock({ clockId: clock.id, to: new Date('2027-01-10T23:00:00Z') });

    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
    const lines = await db
      .select({ term: invoiceLines.term, start: invoiceLines.periodStart, end: invoiceLines.periodEnd, issuedAt: invoices.issuedAt })
      .from(invoiceLines)
      .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
      .where(and(eq(invoiceLines.subscriptionId, sub!.id), eq(invoiceLines.kind, 'plan')))
      .orderBy(asc(invoiceLines.term));
    const renewals = lines.filter((l) => l.term !== null && l.term > 0);
    // Terms 1..12, once each: the year crosses both DST changes of the zone.
    expect(renewals.map((l) => l.term)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    renewals.forEach((line, i) => {
      const month = String(((i + 1) % 12) + 1).padStart(2, '0');
      const year = i + 1 >= 12 ? 2027 : 2026;
      expect(local(line.start!, zone), `term ${line.term} start`).toBe(`${year}-${month}-10 09:00`);
      // Invoiced 7 local days before its term, at the same local time of day.
      expect(local(line.issuedAt!, zone).slice(11), `term ${line.term} invoice`).toBe('09:00');
      // Contiguous: each period ends where the next begins.
      if (i > 0) expect(renewals[i - 1]!.end!.getTime()).toBe(line.start!.getTime());
    });
    // The UTC length of the periods changes with DST (the wall clock does not).
    const hours = new Set(renewals.map((l) => (l.end!.getTime() - l.start!.getTime()) % 86_400_000));
    expect(hours.size).toBeGreaterThan(1);
  }, 120_000);
});
