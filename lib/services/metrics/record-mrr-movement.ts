import { eq, sql } from 'drizzle-orm';
import { anyOfJsonIds, builtOnceQuery, placeholders } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { coupons, mrrMovements, plans, subscriptions, type NewMrrMovement } from '@/db/schema';
import { classifyMovement } from '@/lib/billing/metrics/classify-movement';
import { subscriptionMrrMinor } from '@/lib/billing/metrics/subscription-mrr';

/** A subscription whose recurring value may have changed, and when. */
export type MrrChange = { subscriptionId: string; at: Date };

/**
 * NOTE: built once (db/built-once.ts), the ids as one JSON parameter: most changes record a
 * movement, thousands in the demo history, and a list of parameters would be another statement
 * to build each time. Each row is one subscription's, so their order does not matter.
 */
const currentSelect = () =>
  db
    .select({
      id: subscriptions.id,
      customerId: subscriptions.customerId,
      currency: subscriptions.currency,
      status: subscriptions.status,
      unitPriceMinor: subscriptions.unitPriceMinor,
      offerPriceMinor: subscriptions.offerPriceMinor,
      offerTerms: subscriptions.offerTerms,
      currentTerm: subscriptions.currentTerm,
      quantity: subscriptions.quantity,
      couponUses: subscriptions.couponUses,
      intervalUnit: plans.intervalUnit,
      intervalCount: plans.intervalCount,
      taxRateBp: plans.taxRateBp,
      coupon: {
        id: coupons.id,
        kind: coupons.kind,
        percentOff: coupons.percentOff,
        amountOffMinor: coupons.amountOffMinor,
        duration: coupons.duration,
        durationTerms: coupons.durationTerms,
      },
      // The value the ledger holds: the last movement's; null when it has none.
      ledgerMinor: sql<string | null>`(select m.mrr_after_minor::text from ${mrrMovements} m where m.subscription_id = ${subscriptions.id} order by m.id desc limit 1)`,
    })
    .from(subscriptions)
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .leftJoin(coupons, eq(coupons.id, subscriptions.couponId))
    .where(sql`${subscriptions.id} = ${anyOfJsonIds('ids')}`);
const currentStatement = builtOnceQuery<Awaited<ReturnType<typeof currentSelect>>[number]>(currentSelect);
/** One movement's insert, built once too: nearly every change writes one (a batch writes its rows in one insert built anew). */
const insertOneStatement = builtOnceQuery<never>(() =>
  db.insert(mrrMovements).values(placeholders('subscriptionId', 'customerId', 'currency', 'kind', 'deltaMinor', 'mrrAfterMinor', 'occurredAt')),
);

/**
 * Brings the MRR ledger up to date with subscriptions just changed, in the transaction of the
 * change: reads each subscription as it is now, computes its MRR (subscriptionMrrMinor) and,
 * when it differs from the value the ledger holds for it (its last movement), writes one
 * movement (new, expansion, contraction, churn or reactivation) dated `at`.
 *
 * NOTE: measured against the ledger, not against a "before" the caller passes: a caller only
 * says which subscription changed, a second call finds nothing to write, and a change nobody
 * recorded is caught up by the next one. One read and at most one insert for the whole list, so
 * a dunning batch records its suspensions in bulk.
 */
export async function recordMrrMovements(tx: Tx, changes: readonly MrrChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  const atById = new Map(changes.map((c) => [c.subscriptionId, c.at]));
  const rows = await currentStatement(tx, { ids: JSON.stringify([...atById.keys()]) });

  const movements: NewMrrMovement[] = [];
  for (const row of rows) {
    const nextMinor = subscriptionMrrMinor({
      status: row.status,
      unitPriceMinor: row.unitPriceMinor,
      offerPriceMinor: row.offerPriceMinor,
      offerTerms: row.offerTerms,
      currentTerm: row.currentTerm,
      quantity: row.quantity,
      interval: { unit: row.intervalUnit, count: row.intervalCount },
      taxRateBp: row.taxRateBp,
      coupon: row.coupon?.id ? row.coupon : null,
      couponUses: row.couponUses,
    });
    const previousMinor = row.ledgerMinor === null ? 0 : Number(row.ledgerMinor);
    const kind = classifyMovement({ previousMinor, nextMinor, hadValueBefore: row.ledgerMinor !== null });
    if (kind === null) continue;
    movements.push({
      subscriptionId: row.id,
      customerId: row.customerId,
      currency: row.currency,
      kind,
      deltaMinor: nextMinor - previousMinor,
      mrrAfterMinor: nextMinor,
      occurredAt: atById.get(row.id)!,
    });
  }
  if (movements.length === 1) await insertOneStatement(tx, movements[0]!);
  else if (movements.length > 1) await tx.insert(mrrMovements).values(movements);
  return movements.length;
}

/** recordMrrMovements for one subscription: call it after changing the subscription's status or price. */
export function recordMrrMovement(tx: Tx, subscriptionId: string, at: Date): Promise<number> {
  return recordMrrMovements(tx, [{ subscriptionId, at }]);
}
