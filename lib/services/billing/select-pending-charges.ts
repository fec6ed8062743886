import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { equalsLiteral, valueFor } from '@/db/built-once';
import { db } from '@/db/client';
import { customers, payments } from '@/db/schema';
import { builtOncePerScope, type ClockScope } from './clock-scope';

export type DueCharge = { paymentId: string; chargeAt: Date | null };

/**
 * NOTE: built once (db/built-once.ts), for real time and for a test clock (its id a value): asked
 * on every engine date, hundreds of times in the demo history. The status and source in the
 * text (equalsLiteral): its generic plan reads payments_pending_charge_idx, not every payment.
 */
const pendingStatement = builtOncePerScope<DueCharge>((scope) =>
  db
    .select({ paymentId: payments.id, chargeAt: payments.chargeAt })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(
      and(
        equalsLiteral(payments.status, 'pending'),
        equalsLiteral(payments.source, 'autopay'),
        isNull(payments.providerPaymentId),
        or(isNull(payments.chargeAt), lte(payments.chargeAt, valueFor(payments.chargeAt, 'now'))),
        scope,
      ),
    )
    .orderBy(payments.chargeAt)
    .limit(sql.placeholder('limit')),
);

/**
 * Autopay attempts to charge at `now`: prepared by an issue step, scheduled as a retry whose wait
 * is over, or left unanswered by an earlier sweep (it died, or the provider timed out). Charged
 * with the attempt's own id as idempotency key, so at most once whichever sweep gets there.
 */
export async function selectPendingCharges(input: { scope: ClockScope; now: Date; limit: number; exclude?: Set<string> }): Promise<DueCharge[]> {
  const rows = await pendingStatement(db, input.scope, { now: input.now, limit: input.limit + (input.exclude?.size ?? 0) });
  return rows.filter((r) => !input.exclude?.has(r.paymentId)).slice(0, input.limit);
}
