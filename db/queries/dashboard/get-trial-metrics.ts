import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { rateBp } from '@/lib/billing/metrics/rates';

export type TrialMetrics = {
  currency: string;
  /** Subscriptions in their trial now. */
  trialingNow: number;
  /** Trials decided in the range: became paying (their first MRR), or ended without paying. */
  converted: number;
  lost: number;
  /** converted ÷ (converted + lost), basis points; null when no trial was decided. */
  conversionBp: number | null;
};

/**
 * Trials per currency: how many run now, and of the trials decided in [from, to) how many
 * converted. A trial converts when its subscription first counts in MRR (its `new` movement);
 * it is lost when the subscription ended or was canceled without ever counting.
 */
export async function getTrialMetrics(scope: ClockScope, range: { from: Date; to: Date }): Promise<TrialMetrics[]> {
  const from = range.from.toISOString();
  const to = range.to.toISOString();
  const rows = await db.execute<{ currency: string; trialing_now: number; converted: number; lost: number }>(sql`
    with trials as (
      select s.currency, s.status, coalesce(s.ended_at, s.canceled_at) as stopped_at,
        (select min(m.occurred_at) from mrr_movements m where m.subscription_id = s.id and m.kind = 'new') as converted_at
      from subscriptions s
      join customers on customers.id = s.customer_id and ${clockCondition(scope)}
      where s.trial_ends_at is not null
    )
    select currency,
      (count(*) filter (where status = 'trialing'))::int as trialing_now,
      (count(*) filter (where converted_at >= ${from}::timestamptz and converted_at < ${to}::timestamptz))::int as converted,
      (count(*) filter (where converted_at is null and status in ('ended', 'canceled')
        and stopped_at >= ${from}::timestamptz and stopped_at < ${to}::timestamptz))::int as lost
    from trials
    group by currency
    order by currency`);
  return rows
    .map((row) => ({
      currency: row.currency,
      trialingNow: Number(row.trialing_now),
      converted: Number(row.converted),
      lost: Number(row.lost),
      conversionBp: rateBp(Number(row.converted), Number(row.converted) + Number(row.lost)),
    }))
    .filter((row) => row.trialingNow + row.converted + row.lost > 0);
}
