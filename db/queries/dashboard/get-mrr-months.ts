import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { instant, sumDashboardTotals, type SpanTotal } from '@/db/queries/dashboard/sum-dashboard-totals';
import { mrrMovementKinds, type MrrMovementKind } from '@/lib/billing/metrics/movement-kinds';
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

export const zeroTotals = (): MovementTotals => ({ new: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0 });


/** One month's figures with its rates, which follow from them. */
export function mrrMonth(month: string, f: Omit<MrrMonth, 'month' | 'customerChurnBp' | 'grossRevenueChurnBp' | 'netRevenueChurnBp'>): MrrMonth {
  const revenue = revenueChurnBp(f.openingMinor, f.movements);
  return {
    month,
    ...f,
    customerChurnBp: rateBp(f.churnedCustomers, f.subscribersAtStart),
    grossRevenueChurnBp: revenue.grossBp,
    netRevenueChurnBp: revenue.netBp,
  };
}

const BEFORE = 'before';

/**
 * The MRR ledger month by month, one entry per currency: the MRR at each month's start and end,
 * the month's movements by kind, subscribers and the churn rates. A currency is listed when it has
 * MRR or movements in the range; each is reported on its own (no exchange rates). The same figures
 * as scanMrrMonths (the definition, one pass over the whole ledger), without reading the history:
 * - the movements by kind and the MRR before the range from dashboard_totals (per UTC day);
 * - the subscribers at each month's start from the sum of mrr_crossings' directions before it
 *   (also per UTC day in dashboard_totals);
 * - a month's churned customers (MRR at its start, none at its end) from the crossings to none in
 *   the range: those whose first crossing in the month starts with MRR and whose last ends without.
 */
export async function getMrrMonths(scope: ClockScope, months: readonly MonthSpan[]): Promise<MrrMonthsOfCurrency[]> {
  if (months.length === 0) return [];
  const spans = [{ key: BEFORE, from: new Date(0), to: months[0]!.start }, ...months.map((m) => ({ key: m.key, from: m.start, to: m.end }))];
  const starts = sql`array[${sql.join(
    months.map((m) => instant(m.start)),
    sql`, `,
  )}]`;
  const ends = sql`array[${sql.join(
    months.map((m) => instant(m.end)),
    sql`, `,
  )}]`;
  const [movements, crossings, churnRows] = await Promise.all([
    sumDashboardTotals(scope, 'mrr', spans),
    sumDashboardTotals(scope, 'subscribers', spans),
    // Only customers with a crossing to none in the month can have churned in it (the partial
    // index mrr_crossings_to_none_at_idx finds those); each is then checked by its first and last
    // crossing in the month, two probes of the primary key.
    db.execute<{ k: number; currency: string; churned: number }>(sql`
      with candidates as (
        select distinct x.customer_id, x.currency, width_bucket(x.at, ${starts}) as k
        from mrr_crossings x
        join customers on customers.id = x.customer_id and ${clockCondition(scope)}
        where x.to_sign = 0 and x.at >= ${instant(months[0]!.start)} and x.at < ${instant(months[months.length - 1]!.end)}
      )
      select c.k, c.currency, count(*)::int as churned
      from candidates c, lateral (select (${ends})[c.k] as e, (${starts})[c.k] as s) b
      where (select y.from_sign from mrr_crossings y where y.customer_id = c.customer_id and y.currency = c.currency and y.at >= b.s and y.at < b.e order by y.at limit 1) = 1
        and (select y.to_sign from mrr_crossings y where y.customer_id = c.customer_id and y.currency = c.currency and y.at >= b.s and y.at < b.e order by y.at desc limit 1) = 0
      group by c.k, c.currency`),
  ]);

  const at = (rows: SpanTotal[]) => new Map(rows.map((r) => [`${r.key}|${r.currency}|${r.figure}`, r]));
  const moves = at(movements);
  const subscribers = at(crossings);
  const churned = new Map(churnRows.map((r) => [`${months[Number(r.k) - 1]!.key}|${r.currency}`, Number(r.churned)]));
  const currencies = [...new Set([...movements, ...crossings].map((r) => r.currency))].sort();

  return currencies.flatMap((currency) => {
    let mrr = mrrMovementKinds.reduce((sum, kind) => sum + (moves.get(`${BEFORE}|${currency}|mrr_${kind}`)?.amountMinor ?? 0), 0);
    let count = subscribers.get(`${BEFORE}|${currency}|subscribers`)?.amountMinor ?? 0;
    let listed = false;
    const rows = months.map((span) => {
      const totals = zeroTotals();
      const counts = zeroTotals();
      for (const kind of mrrMovementKinds) {
        const row = moves.get(`${span.key}|${currency}|mrr_${kind}`);
        totals[kind] = row?.amountMinor ?? 0;
        counts[kind] = row?.count ?? 0;
      }
      const openingMinor = mrr;
      const subscribersAtStart = count;
      mrr += mrrMovementKinds.reduce((sum, kind) => sum + totals[kind], 0);
      count += subscribers.get(`${span.key}|${currency}|subscribers`)?.amountMinor ?? 0;
      listed ||= openingMinor !== 0 || mrr !== 0 || mrrMovementKinds.some((kind) => counts[kind] > 0);
      return mrrMonth(span.key, {
        openingMinor,
        closingMinor: mrr,
        movements: totals,
        movementCounts: counts,
        subscribersAtStart,
        subscribersAtEnd: count,
        churnedCustomers: churned.get(`${span.key}|${currency}`) ?? 0,
      });
    });
    return listed ? [{ currency, months: rows }] : [];
  });
}
