import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { invoices, mrrMovements, plans, subscriptions } from '@/db/schema';
import { applyPayment } from '@/lib/services/payments/apply-payment';
import { stopSubscriptionNow } from '@/lib/services/subscriptions/stop-subscription-now';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { recordMrrMovement } from './record-mrr-movement';
import { recordPlanValueChange } from './record-plan-value-change';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

async function subscribed(plan: string, startAt: Date) {
  const clock = await createTestClock({ name: `mrr ${plan}`, startAt });
  const result = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode(plan)).id, autopay: false });
  if (!result.ok) throw new Error(result.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, result.value.customerId));
  return { clock, sub: sub! };
}

async function movementsOf(subscriptionId: string) {
  const rows = await db.select().from(mrrMovements).where(eq(mrrMovements.subscriptionId, subscriptionId)).orderBy(asc(mrrMovements.id));
  return rows.map((m) => ({ kind: m.kind, deltaMinor: m.deltaMinor, mrrAfterMinor: m.mrrAfterMinor, currency: m.currency, occurredAt: m.occurredAt.toISOString() }));
}

// Trendhouse monthly: EUR 32.00 incl. 9 % VAT a month → 3200 / 1.09 = 2935.78 → 2936 a month.
const TRENDHOUSE_MRR = 2936;
// Code Academy: EUR 29.00 incl. 21 % VAT a month → 2900 / 1.21 = 2396.69 → 2397.
const CODE_ACADEMY_MRR = 2397;

describe('the MRR ledger is written with each change of a subscription', () => {
  test('a paid checkout is new MRR; stopping it by hand is churn of the same amount; recording again adds nothing', async () => {
    const { sub } = await subscribed('trendhouse-monthly', new Date('2026-03-01T09:00:00Z'));
    expect(await movementsOf(sub.id)).toEqual([
      { kind: 'new', deltaMinor: TRENDHOUSE_MRR, mrrAfterMinor: TRENDHOUSE_MRR, currency: 'EUR', occurredAt: '2026-03-01T09:00:00.000Z' },
    ]);

    const stopped = await stopSubscriptionNow({ subscriptionId: sub.id, staffUserId: null, now: new Date('2026-03-25T12:00:00Z') });
    if (!stopped.ok) throw new Error(stopped.error);
    await db.transaction((tx) => recordMrrMovement(tx, sub.id, new Date('2026-03-26T12:00:00Z')));

    expect(await movementsOf(sub.id)).toEqual([
      { kind: 'new', deltaMinor: TRENDHOUSE_MRR, mrrAfterMinor: TRENDHOUSE_MRR, currency: 'EUR', occurredAt: '2026-03-01T09:00:00.000Z' },
      { kind: 'churn', deltaMinor: -TRENDHOUSE_MRR, mrrAfterMinor: 0, currency: 'EUR', occurredAt: '2026-03-25T12:00:00.000Z' },
    ]);
  });

  test('a trial is not MRR: the subscription becomes new MRR when the bill run ends its trial, dated at the trial end', async () => {
    const { clock, sub } = await subscribed('code-academy-monthly', new Date('2026-03-01T09:00:00Z'));
    expect(sub.status).toBe('trialing');
    expect(await movementsOf(sub.id)).toEqual([]);

    await advanceTestClock({ clockId: clock.id, to: new Date('2026-03-20T12:00:00Z') });
    const [after] = await db.select().from(subscriptions).where(eq(subscriptions.id, sub.id));
    expect(after!.status).toBe('active');
    expect(await movementsOf(sub.id)).toEqual([
      { kind: 'new', deltaMinor: CODE_ACADEMY_MRR, mrrAfterMinor: CODE_ACADEMY_MRR, currency: 'EUR', occurredAt: sub.trialEndsAt!.toISOString() },
    ]);
  });

  test("a campaign counts its offer price while it lasts; the bill run records the step up when the offer is over", async () => {
    const trendhouse = await planByCode('trendhouse-monthly');
    const [campaign] = await db
      .insert(plans)
      .values({ ...trendhouse, id: undefined, code: `mrr-campaign-${Date.now()}`, name: 'MRR offer', offerPriceMinor: 100, offerTerms: 2 })
      .returning();
    const clock = await createTestClock({ name: 'mrr campaign', startAt: new Date('2026-06-01T08:00:00Z') });
    const result = await subscribeSimulatedCustomer({ clockId: clock.id, planId: campaign!.id, autopay: true });
    // Off the shop again: other tests list the active plans.
    await db.update(plans).set({ active: false }).where(eq(plans.id, campaign!.id));
    if (!result.ok) throw new Error(result.error);
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, result.value.customerId));
    // Terms 0 and 1 at 1.00 incl. 9 % VAT: 100 / 1.09 = 91.74 → 92; from term 2 (Aug 1) 3200: 2936.
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-08-05T08:00:00Z') });
    expect((await movementsOf(sub!.id)).map((m) => [m.kind, m.deltaMinor, m.mrrAfterMinor, m.occurredAt])).toEqual([
      ['new', 92, 92, '2026-06-01T08:00:00.000Z'],
      ['expansion', TRENDHOUSE_MRR - 92, TRENDHOUSE_MRR, '2026-08-01T08:00:00.000Z'],
    ]);
  });

  test("a plan's VAT rate changed by the merchant changes the MRR of its subscribers: one movement each", async () => {
    const trendhouse = await planByCode('trendhouse-monthly');
    const [plan] = await db.insert(plans).values({ ...trendhouse, id: undefined, code: `mrr-vat-${Date.now()}` }).returning();
    const clock = await createTestClock({ name: 'mrr vat', startAt: new Date('2026-03-01T09:00:00Z') });
    const result = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan!.id, autopay: false });
    await db.update(plans).set({ active: false }).where(eq(plans.id, plan!.id));
    if (!result.ok) throw new Error(result.error);
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, result.value.customerId));

    const at = new Date('2026-03-10T12:00:00Z');
    await db.transaction(async (tx) => {
      const [updated] = await tx.update(plans).set({ taxRateBp: 2100 }).where(eq(plans.id, plan!.id)).returning();
      await recordPlanValueChange(tx, plan!, updated!, at);
      // A second edit that changes neither VAT nor interval records nothing.
      const renamed = { ...updated!, name: 'Renamed', priceMinor: 9900 };
      expect(await recordPlanValueChange(tx, updated!, renamed, at)).toBe(0);
    });
    // 3200 incl. 21 % instead of 9 %: 3200 / 1.21 = 2644.63 → 2645, down from 2936.
    expect((await movementsOf(sub!.id)).map((m) => [m.kind, m.deltaMinor, m.mrrAfterMinor])).toEqual([
      ['new', TRENDHOUSE_MRR, TRENDHOUSE_MRR],
      ['contraction', 2645 - TRENDHOUSE_MRR, 2645],
    ]);
  });

  test('dunning suspends an unpaid subscription: churn; paying what it owes brings it back: reactivation', async () => {
    const { clock, sub } = await subscribed('trendhouse-monthly', new Date('2026-03-01T09:00:00Z'));
    // Term 1 (from Apr 1) is invoiced and not paid; the reminder process suspends 21 days after its due date.
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-05-10T12:00:00Z') });
    const [suspended] = await db.select().from(subscriptions).where(eq(subscriptions.id, sub.id));
    expect(suspended!.status).toBe('suspended');
    const afterSuspension = await movementsOf(sub.id);
    expect(afterSuspension.map((m) => [m.kind, m.deltaMinor])).toEqual([
      ['new', TRENDHOUSE_MRR],
      ['churn', -TRENDHOUSE_MRR],
    ]);
    expect(afterSuspension[1]!.occurredAt).toBe(suspended!.suspendedAt!.toISOString());

    const open = await db
      .select()
      .from(invoices)
      .where(and(eq(invoices.subscriptionId, sub.id), inArray(invoices.status, ['open'])));
    const paidAt = new Date('2026-05-10T12:00:00Z');
    await db.transaction(async (tx) => {
      for (const invoice of open) {
        const owed = invoice.totalMinor - invoice.amountPaidMinor - invoice.creditedMinor;
        await applyPayment(tx, { invoiceId: invoice.id, amountMinor: owed, currency: 'EUR', at: paidAt, source: 'manual', method: 'bank_transfer' });
      }
    });
    const [restored] = await db.select().from(subscriptions).where(eq(subscriptions.id, sub.id));
    expect(restored!.status).toBe('active');
    expect((await movementsOf(sub.id)).map((m) => [m.kind, m.deltaMinor, m.occurredAt])).toEqual([
      ['new', TRENDHOUSE_MRR, '2026-03-01T09:00:00.000Z'],
      ['churn', -TRENDHOUSE_MRR, suspended!.suspendedAt!.toISOString()],
      ['reactivation', TRENDHOUSE_MRR, paidAt.toISOString()],
    ]);
  });
});
