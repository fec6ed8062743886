import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { billingActions } from '@/db/schema';
import type { RenewalAction } from '@/lib/billing/schedule';

const ORDER: Record<RenewalAction, number> = { announce: 0, invoice: 1, issue: 2 };

/**
 * The last renewal step the log says was applied: where a timeline picks up again after it was
 * stopped (suspension lifted, pause ended). The log, not a stored cursor, is the truth.
 */
export async function lastRenewalDone(
  db: DbOrTx,
  subscriptionId: string,
): Promise<{ term: number; action: RenewalAction } | null> {
  const rows = await db
    .select({ term: billingActions.term, action: billingActions.action })
    .from(billingActions)
    .where(and(eq(billingActions.subscriptionId, subscriptionId), inArray(billingActions.action, Object.keys(ORDER))))
    .orderBy(desc(billingActions.term))
    .limit(3);
  const last = rows
    .map((r) => ({ term: r.term, action: r.action as RenewalAction }))
    .sort((a, b) => b.term - a.term || ORDER[b.action] - ORDER[a.action])[0];
  return last ?? null;
}
