import fs from 'node:fs';
import path from 'node:path';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { coupons, mrrMovements, plans, subscriptions } from '@/db/schema';
import { createDashboardFixture, type DashboardFixture } from '@/db/queries/dashboard/dashboard-test-fixture';
import { subscriptionMrrMinor } from '@/lib/billing/metrics/subscription-mrr';

/**
 * Migration 0017 fills the MRR ledger from the subscriptions there are, computing each one's MRR
 * in SQL. It must give the value the app records for new changes (subscriptionMrrMinor), or the
 * first change after the migration would be measured against a wrong value.
 */
const MIGRATION = fs.readFileSync(path.join(import.meta.dirname, 'migrations', '0017_mrr_movements.sql'), 'utf8');
const BACKFILL = MIGRATION.slice(MIGRATION.indexOf('-- Backfill'));

class RolledBack extends Error {}

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
});
afterAll(async () => {
  await fixture?.cleanUp();
});

describe('migration 0017: the MRR ledger backfilled from current subscriptions', () => {
  test('one new movement when each began to count and churn when it stopped, at the values subscriptionMrrMinor gives', async () => {
    const [monthly, quarterly, yearly, weekly, trialing, pastDue] = fixture.subscriptions.map((s) => s!);
    const tag = fixture.tag;
    let endedInTrialId = '';
    await expect(
      db.transaction(async (tx) => {
        // The monthly plan's price includes 21 % VAT.
        await tx.update(plans).set({ taxRateBp: 2100 }).where(eq(plans.id, fixture.plans.monthly.id));
        // A campaign: 12.10 for the first five terms; in term 2 it still pays the offer.
        await tx.update(subscriptions).set({ offerPriceMinor: 1210, offerTerms: 5, currentTerm: 2 }).where(eq(subscriptions.id, monthly.id));
        const [forever, repeating] = await tx
          .insert(coupons)
          .values([
            { code: `BF-FOREVER-${tag}`, kind: 'percent', percentOff: 25, duration: 'forever' },
            { code: `BF-REPEAT-${tag}`, kind: 'percent', percentOff: 50, duration: 'repeating', durationTerms: 3 },
          ])
          .returning();
        await tx
          .update(subscriptions)
          .set({ status: 'ended', endedAt: new Date('2031-04-01T00:00:00Z') })
          .where(eq(subscriptions.id, quarterly.id));
        await tx
          .update(subscriptions)
          .set({ status: 'suspended', suspendedAt: new Date('2031-03-15T00:00:00Z'), couponId: forever!.id })
          .where(eq(subscriptions.id, yearly.id));
        // The repeating coupon's three terms are used up: it no longer lowers the price.
        await tx
          .update(subscriptions)
          .set({ status: 'canceled', canceledAt: new Date('2031-02-20T00:00:00Z'), couponId: repeating!.id, couponUses: 3 })
          .where(eq(subscriptions.id, weekly.id));
        await tx.update(subscriptions).set({ trialEndsAt: new Date('2031-02-01T00:00:00Z') }).where(eq(subscriptions.id, pastDue.id));
        const [endedInTrial] = await tx
          .insert(subscriptions)
          .values({
            ...trialing,
            id: undefined,
            status: 'ended',
            trialEndsAt: new Date('2031-01-15T00:00:00Z'),
            endedAt: new Date('2031-01-10T00:00:00Z'),
          })
          .returning();
        endedInTrialId = endedInTrial!.id;

        await tx.execute(sql.raw(BACKFILL));
        // Run twice: it fills only subscriptions without movements.
        await tx.execute(sql.raw(BACKFILL));

        const rows = await tx
          .select()
          .from(mrrMovements)
          .where(inArray(mrrMovements.subscriptionId, [...fixture.subscriptions.map((s) => s!.id), endedInTrialId]))
          .orderBy(asc(mrrMovements.id));
        const bySub = (id: string) =>
          rows.filter((r) => r.subscriptionId === id).map((r) => [r.kind, r.deltaMinor, r.mrrAfterMinor, r.occurredAt.toISOString()]);

        // On offer: 1210 incl. 21 % VAT = 1000 (the list price 3200 comes after the offer).
        expect(bySub(monthly.id)).toEqual([['new', 1000, 1000, '2031-01-01T00:00:00.000Z']]);
        // 2 × 9000 a quarter: 18000 / 3 = 6000, until its end.
        expect(bySub(quarterly.id)).toEqual([
          ['new', 6000, 6000, '2031-01-01T00:00:00.000Z'],
          ['churn', -6000, 0, '2031-04-01T00:00:00.000Z'],
        ]);
        // 32000 a year, 25 % off forever: 24000 / 12 = 2000, until its suspension.
        expect(bySub(yearly.id)).toEqual([
          ['new', 2000, 2000, '2031-01-01T00:00:00.000Z'],
          ['churn', -2000, 0, '2031-03-15T00:00:00.000Z'],
        ]);
        // 1100 a week: 1100 × 52 / 12 = 4766.67 → 4767, until dunning terminated it.
        expect(bySub(weekly.id)).toEqual([
          ['new', 4767, 4767, '2031-01-01T00:00:00.000Z'],
          ['churn', -4767, 0, '2031-02-20T00:00:00.000Z'],
        ]);
        expect(bySub(trialing.id)).toEqual([]);
        expect(bySub(endedInTrialId)).toEqual([]);
        // Counted from its trial's end; on the monthly plan: 5000 / 1.21 = 4132.23 → 4132.
        expect(bySub(pastDue.id)).toEqual([['new', 4132, 4132, '2031-02-01T00:00:00.000Z']]);
        // The same values as the rule the services record with.
        const plansById = new Map(Object.values(fixture.plans).map((p) => [p.id, p]));
        for (const sub of await tx.select().from(subscriptions).where(inArray(subscriptions.id, [monthly.id, quarterly.id, weekly.id]))) {
          const plan = plansById.get(sub.planId)!;
          const value = subscriptionMrrMinor({
            status: 'active',
            unitPriceMinor: sub.unitPriceMinor,
            offerPriceMinor: sub.offerPriceMinor,
            offerTerms: sub.offerTerms,
            currentTerm: sub.currentTerm,
            quantity: sub.quantity,
            interval: { unit: plan.intervalUnit, count: plan.intervalCount },
            taxRateBp: sub.planId === fixture.plans.monthly.id ? 2100 : 0,
            coupon: sub.id === weekly.id ? { kind: 'percent', percentOff: 50, amountOffMinor: null, duration: 'repeating', durationTerms: 3 } : null,
            couponUses: sub.couponUses,
          });
          expect(bySub(sub.id)[0]![1]).toBe(value);
        }
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
  });
});
