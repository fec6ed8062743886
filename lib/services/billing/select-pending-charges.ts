import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, payments } from '@/db/schema';
import { clockCondition, type ClockScope } from './clock-scope';

export type DueCharge = { paymentId: string; chargeAt: Date | null };

/**
 * Autopay attempts to charge at `now`: prepared by an issue step, scheduled as a retry whose wait
 * is over, or left unanswered by an earlier sweep (it died, or the provider timed out). Charged
 * with the attempt's own id as idempotency key, so at most once whichever sweep gets there.
 */
export async function selectPendingCharges(input: { scope: ClockScope; now: Date; limit: number; exclude?: Set<string> }): Promise<DueCharge[]> {
  const rows = await db
    .select({ paymentId: payments.id, chargeAt: payments.chargeAt })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(
      and(
        eq(payments.status, 'pending'),
        eq(payments.source, 'autopay'),
        isNull(payments.providerPaymentId),
        or(isNull(payments.chargeAt), lte(payments.chargeAt, input.now)),
        clockCondition(input.scope),
      ),
    )
    .orderBy(payments.chargeAt)
    .limit(input.limit + (input.exclude?.size ?? 0));
  return rows.filter((r) => !input.exclude?.has(r.paymentId)).slice(0, input.limit);
}
