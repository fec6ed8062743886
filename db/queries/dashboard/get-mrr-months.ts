import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { sumDashboardTotals, type SpanTotal } from '@/db/queries/dashboard/sum-dashboard-totals';
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
 * - a month's churned customers (MRR at its start, none at its end) from the crossings in the
 *   range only: those whose first crossing in the month starts with MRR and whose last ends without.
 */
export async function getMrrMonths(scope: ClockScope, months: readonly MonthSpan[]): Promise<MrrMonthsOfCurrency[]> {
  if (months.length === 0) return [];
  const spans = [{ key: BEFORE, from: new Date(0), to: months[0]!.start }, ...months.map((m) => ({ key: m.key, from: m.start, to: m.end }))];
  const starts = sql`array[${sql.join(
    months.map((m) => sql`${m.start.toISOString()}::timestamptz`),
    sql`, `,
  )}]`;
  const [movements, crossings, churnRows] = await Promise.all([
    sumDashboardTotals(scope, 'mrr', spans),
    sumDashboardTotals(scope, 'subscribers', spans),
    db.execute<{ k: number; currency: string; churned: number }>(sql`
      with per_customer as (
        select width_bucket(x.at, ${starts}) as k, x.currency,
          (array_agg(x.from_sign order by x.at))[1] as first, (array_agg(x.to_sign order by x.at desc))[1] as last
        from mrr_crossings x
        join customers on customers.id = x.customer_id and ${clockCondition(scope)}
        where x.at >= ${months[0]!.start.toISOString()}::timestamptz and x.at < ${months[months.length - 1]!.end.toISOString()}::timestamptz
        group by k, x.customer_id, x.currency
      )
      select k, currency, count(*)::int as churned from per_customer where first = 1 and last = 0 group by k, currency`),
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
