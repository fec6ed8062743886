import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import type { MrrMovementKind } from '@/lib/billing/metrics/movement-kinds';
import type { MonthSpan } from '@/lib/billing/metrics/month-range';
import { rateBp, revenueChurnBp, type MovementTotals } from '@/lib/billing/metrics/rates';

/** One month of one currency's MRR, all amounts in minor units. */
export type MrrMonth = {
  month: string;
  /** MRR at the month's start, and at its end (= start + the movements). */
  openingMinor: number;
  closingMinor: number;
  /** Sum of each kind's movements in the month (churn and contraction negative). */
  movements: MovementTotals;
  /** How many movements of each kind (one per subscription change). */
  movementCounts: Record<MrrMovementKind, number>;
  /** Customers with MRR in this currency at the start and at the end of the month. */
  subscribersAtStart: number;
  subscribersAtEnd: number;
  /** Customers who had MRR at the start and none at the end. */
  churnedCustomers: number;
  /** churnedCustomers ÷ subscribersAtStart, basis points; null without subscribers at the start. */
  customerChurnBp: number | null;
  /** (churn + contraction) ÷ opening MRR, and the same less expansion and reactivation. */
  grossRevenueChurnBp: number | null;
  netRevenueChurnBp: number | null;
};

export type MrrMonthsOfCurrency = { currency: string; months: MrrMonth[] };

const zeroTotals = (): MovementTotals => ({ new: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0 });

/** The months as a table of (month, start, end), for joining the ledger against. */
function monthsTable(months: readonly MonthSpan[]): SQL {
  const rows = months.map((m) => sql`(${m.key}::text, ${m.start.toISOString()}::timestamptz, ${m.end.toISOString()}::timestamptz)`);
  return sql`(values ${sql.join(rows, sql`, `)}) as b(month, s, e)`;
}

/**
 * The MRR ledger (mrr_movements) month by month, one entry per currency: the MRR at each month's
 * start and end, the month's movements by kind, subscribers and the churn rates. A currency is
 * listed when it has MRR or movements in the range; each is reported on its own (no exchange rates).
 *
 * NOTE: every figure is a sum over the same ledger rows, so a month's closing MRR is exactly its
 * opening plus its movements, and the next month opens where it closed.
 */
export async function getMrrMonths(scope: ClockScope, months: readonly MonthSpan[]): Promise<MrrMonthsOfCurrency[]> {
  if (months.length === 0) return [];
  const lastEnd = months[months.length - 1]!.end.toISOString();
  const scoped = sql`join customers on customers.id = m.customer_id and ${clockCondition(scope)}`;

  const [movementRows, customerRows] = await Promise.all([
    db.execute<{ month: string; currency: string; kind: MrrMovementKind; total: string; n: number }>(sql`
      select b.month, m.currency, m.kind, sum(m.delta_minor)::text as total, count(*)::int as n
      from ${monthsTable(months)}
      join mrr_movements m on m.occurred_at >= b.s and m.occurred_at < b.e
      ${scoped}
      group by b.month, m.currency, m.kind`),
    // Each customer's MRR per currency at the start and the end of each month.
    db.execute<{ month: string; currency: string; opening: string; closing: string; at_start: number; at_end: number; churned: number }>(sql`
      with per_customer as (
        select b.month, m.currency, m.customer_id,
          coalesce(sum(m.delta_minor) filter (where m.occurred_at < b.s), 0) as v0,
          sum(m.delta_minor) as v1
        from ${monthsTable(months)}
        join mrr_movements m on m.occurred_at < b.e
        ${scoped}
        where m.occurred_at < ${lastEnd}::timestamptz
        group by b.month, m.currency, m.customer_id
      )
      select month, currency, sum(v0)::text as opening, sum(v1)::text as closing,
        (count(*) filter (where v0 > 0))::int as at_start,
        (count(*) filter (where v1 > 0))::int as at_end,
        (count(*) filter (where v0 > 0 and v1 = 0))::int as churned
      from per_customer
      group by month, currency`),
  ]);

  const currencies = new Set<string>();
  const key = (month: string, currency: string) => `${month}|${currency}`;
  const moves = new Map<string, { totals: MovementTotals; counts: Record<MrrMovementKind, number> }>();
  for (const row of movementRows) {
    currencies.add(row.currency);
    const entry = moves.get(key(row.month, row.currency)) ?? { totals: zeroTotals(), counts: zeroTotals() };
    entry.totals[row.kind] = Number(row.total);
    entry.counts[row.kind] = Number(row.n);
    moves.set(key(row.month, row.currency), entry);
  }
  const levels = new Map<string, (typeof customerRows)[number]>();
  for (const row of customerRows) {
    levels.set(key(row.month, row.currency), row);
    if (Number(row.opening) !== 0 || Number(row.closing) !== 0) currencies.add(row.currency);
  }

  return [...currencies].sort().map((currency) => ({
    currency,
    months: months.map((span): MrrMonth => {
      const level = levels.get(key(span.key, currency));
      const move = moves.get(key(span.key, currency)) ?? { totals: zeroTotals(), counts: zeroTotals() };
      const openingMinor = Number(level?.opening ?? 0);
      const subscribersAtStart = Number(level?.at_start ?? 0);
      const churnedCustomers = Number(level?.churned ?? 0);
      const revenue = revenueChurnBp(openingMinor, move.totals);
      return {
        month: span.key,
        openingMinor,
        closingMinor: Number(level?.closing ?? 0),
        movements: move.totals,
        movementCounts: move.counts,
        subscribersAtStart,
        subscribersAtEnd: Number(level?.at_end ?? 0),
        churnedCustomers,
        customerChurnBp: rateBp(churnedCustomers, subscribersAtStart),
        grossRevenueChurnBp: revenue.grossBp,
        netRevenueChurnBp: revenue.netBp,
      };
    }),
  }));
}
