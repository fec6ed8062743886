import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { splitAtUtcDays } from '@/lib/billing/metrics/utc-days';

/**
 * Which of the dashboard's totals: what was invoiced, what was received, the MRR ledger by kind,
 * and the customers who came to have MRR less those left without (mrr_crossings).
 */
export type TotalsFamily = 'invoiced' | 'received' | 'mrr' | 'subscribers';

/** One span's total of one figure in one currency ("mrr_churn", …), in minor units, and how many rows. */
export type SpanTotal = { key: string; currency: string; figure: string; amountMinor: number; count: number };

/** A range to sum, named by `key` (a month, "before", …): `from` included, `to` excluded. */
export type TotalsSpan = { key: string; from: Date; to: Date };

// The rows behind each family, dated by `at`: the definitions of sumInvoicedBetween,
// sumPaymentsReceivedBetween and the MRR ledger, as the triggers of migration 0042 apply them.
const SOURCES: Record<TotalsFamily, SQL> = {
  invoiced: sql`select customer_id, currency, issued_at as at, 'invoiced'::text as figure, total_minor as amount
    from invoices where status in ('open', 'paid', 'uncollectible')`,
  received: sql`select customer_id, currency, settled_at as at, 'received'::text as figure, amount_minor as amount
    from payments where status = 'paid' and source <> 'balance'`,
  mrr: sql`select customer_id, currency, occurred_at as at, 'mrr_' || kind as figure, delta_minor as amount from mrr_movements`,
  subscribers: sql`select customer_id, currency, at, 'subscribers'::text as figure, ((to_sign = 1)::int - (from_sign = 1)::int)::bigint as amount
    from mrr_crossings`,
};

// An instant written into the SQL: a custom plan for its bounds every time (with a parameter, a
// prepared statement's generic plan after a few runs may not use the index). From toISOString only.
export const instant = (at: Date) => sql.raw(`'${at.toISOString()}'::timestamptz`);

/** The ranges with those that touch joined (a month's last hours and the next one's first): fewer for the planner to OR. */
function mergeAdjacent(ranges: readonly { from: Date; to: Date }[]): { from: Date; to: Date }[] {
  const merged: { from: Date; to: Date }[] = [];
  for (const range of [...ranges].sort((a, b) => a.from.getTime() - b.from.getTime())) {
    const last = merged[merged.length - 1];
    if (last && last.to.getTime() >= range.from.getTime()) last.to = new Date(Math.max(last.to.getTime(), range.to.getTime()));
    else merged.push({ from: range.from, to: range.to });
  }
  return merged;
}

/**
 * The rows of the spans' edges (each less than a day), in one select: the ranges OR-ed, which the
 * planner reads as one bitmap over the date index, each row named by the span of its edge.
 */
function edgeTotals(scope: ClockScope, family: TotalsFamily, edges: readonly { key: string; from: Date; to: Date }[]): SQL {
  const within = (e: { from: Date; to: Date }) => sql`(d.at >= ${instant(e.from)} and d.at < ${instant(e.to)})`;
  const keyOf = sql.join(
    edges.map((e) => sql`when ${within(e)} then ${e.key}::text`),
    sql` `,
  );
  return sql`select case ${keyOf} end as key, d.currency, d.figure, sum(d.amount)::text as amount, count(*)::text as n
    from (${SOURCES[family]}) d
    join customers on customers.id = d.customer_id and ${clockCondition(scope)}
    where ${sql.join(mergeAdjacent(edges).map(within), sql` or `)}
    group by 1, d.currency, d.figure`;
}

/**
 * The totals of a family over each span, per currency and figure, for the scope: the whole UTC
 * days of a span from dashboard_totals (a row per day at most once compacted), the hours left at
 * its ends from the rows themselves (by their date index). Exactly the sums over the rows, in any
 * time zone, at a cost that does not grow with the history.
 */
export async function sumDashboardTotals(scope: ClockScope, family: TotalsFamily, spans: readonly TotalsSpan[]): Promise<SpanTotal[]> {
  const dayRows: SQL[] = [];
  // NOTE: the edges' bounds are written into the query, not joined from a VALUES list: joined, the
  // planner guessed a large share of the rows and scanned them all (0.6 s at 477,000 invoices).
  const edges: { key: string; from: Date; to: Date }[] = [];
  for (const span of spans) {
    const split = splitAtUtcDays(span);
    if (split.days) dayRows.push(sql`(${span.key}::text, ${split.days.from}::date, ${split.days.to}::date)`);
    for (const edge of split.edges) edges.push({ key: span.key, ...edge });
  }
  const parts: SQL[] = [];
  if (dayRows.length > 0) {
    const ofScope = scope.kind === 'real' ? sql`t.test_clock_id is null` : sql`t.test_clock_id = ${scope.clockId}`;
    const figures = family === 'mrr' ? sql`t.figure like 'mrr\_%'` : sql`t.figure = ${family}`;
    parts.push(sql`select s.key, t.currency, t.figure, sum(t.amount_minor)::text as amount, sum(t.count)::text as n
      from (values ${sql.join(dayRows, sql`, `)}) as s(key, f, e)
      join dashboard_totals t on t.day >= s.f and t.day < s.e and ${ofScope} and ${figures}
      group by s.key, t.currency, t.figure`);
  }
  if (edges.length > 0) parts.push(edgeTotals(scope, family, edges));
  if (parts.length === 0) return [];
  const rows = await db.execute<{ key: string; currency: string; figure: string; amount: string; n: string }>(sql.join(parts, sql` union all `));
  const totals = new Map<string, SpanTotal>();
  for (const row of rows) {
    const at = `${row.key}|${row.currency}|${row.figure}`;
    const total = totals.get(at) ?? { key: row.key, currency: row.currency, figure: row.figure, amountMinor: 0, count: 0 };
    total.amountMinor += Number(row.amount);
    total.count += Number(row.n);
    totals.set(at, total);
  }
  return [...totals.values()].filter((t) => t.amountMinor !== 0 || t.count !== 0);
}
