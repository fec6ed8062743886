import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { customers, plans, products, subscriptions } from '@/db/schema';
import type { TermAnnouncementInput } from '@/lib/services/email/send-term-announcement';
import { REAL_TIME } from './clock-scope';
import { termOf } from './due-term';
import { loadEngineContext, type EngineContext } from './engine-context';

/**
 * What the announcement of a subscription's term says (period, amount, collection date), worked
 * out as the engine's `announce` step saw it: the term's dates from the anchor in the shop's (or
 * the test clock's) time zone, and its unit price (campaign, or the next plan after the offer).
 *
 * NOTE: computed when the e-mail is composed, right after the step commits, so the bill run
 * stores no copy of it; the log row (subscription, term, announce) is the whole record.
 */
export async function termAnnouncementInput(db: DbOrTx, subscriptionId: string, term: number): Promise<TermAnnouncementInput> {
  const [row] = await db
    .select({ subscription: subscriptions, plan: plans, product: products, testClockId: customers.testClockId })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(products, eq(plans.productId, products.id))
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(eq(subscriptions.id, subscriptionId));
  if (!row) throw new Error(`Subscription ${subscriptionId} does not exist`);
  const { subscription, plan, product, testClockId } = row;
  const [nextPlan] = subscription.nextPlanId
    ? await db
        .select({ plan: plans, product: products })
        .from(plans)
        .innerJoin(products, eq(plans.productId, products.id))
        .where(eq(plans.id, subscription.nextPlanId))
    : [];
  const [scheduledPlan] = subscription.scheduledPlanId
    ? await db
        .select({ plan: plans, product: products })
        .from(plans)
        .innerJoin(products, eq(plans.productId, products.id))
        .where(eq(plans.id, subscription.scheduledPlanId))
    : [];
  const ctx = await loadEngineContext(db, testClockId ? { kind: 'test-clock', clockId: testClockId } : REAL_TIME);
  return termAnnouncementFrom({ subscription, plan, product, nextPlan: nextPlan ?? null, scheduledPlan: scheduledPlan ?? null }, term, ctx);
}

/** The same from rows already loaded (the composer loads them for a batch of announcements). */
export function termAnnouncementFrom(rows: Parameters<typeof termOf>[0], term: number, ctx: EngineContext): TermAnnouncementInput {
  const { dates, unitPriceMinor, quantity } = termOf(rows, term, ctx);
  return {
    subscriptionId: rows.subscription.id,
    term,
    periodStart: dates.start,
    periodEnd: dates.end,
    // NOTE: the list amount; a coupon still running shows on the invoice itself.
    amountMinor: unitPriceMinor * quantity,
    collectAt: dates.issueAt,
  };
}
