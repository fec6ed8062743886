import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { clockCondition, clockConditionOn, type ClockScope } from '@/db/queries/clock-scope';
import type { SubscriptionStatus } from '@/lib/billing/lifecycle';
import type { MrrMovementKind } from '@/lib/billing/metrics/movement-kinds';
import type { MonthSpan } from '@/lib/billing/metrics/month-range';

/** What a figure of the metrics page is made of: one kind of movement in a month, or the MRR at its end. */
export type MrrFigure = MrrMovementKind | 'mrr';

export type MrrSubscriptionRow = {
  subscriptionId: string;
  customerId: string;
  customerName: string;
  productName: string;
  planName: string;
  status: SubscriptionStatus;
  /** The movement's amount, or the subscription's MRR at the month's end (minor units). */
  amountMinor: number;
  /** When the movement happened; null for the MRR at the month's end. */
  occurredAt: Date | null;
};

export const MRR_LIST_PAGE_SIZE = 50;

/**
 * The subscriptions behind one figure of the metrics page, a page at a time: the movements of
 * `figure` in `month` (by date), or for `mrr` the subscriptions counting in the MRR at the month's
 * end (largest first). `total` is the number of rows of the whole list.
 */
export async function listMrrSubscriptions(
  scope: ClockScope,
  input: { currency: string; month: MonthSpan; figure: MrrFigure; page: number },
): Promise<{ rows: MrrSubscriptionRow[]; total: number }> {
  const offset = (Math.max(1, Math.floor(input.page)) - 1) * MRR_LIST_PAGE_SIZE;
  if (input.figure === 'mrr') return listMonthEndMrr(scope, input.currency, input.month.end, offset);
  const start = input.month.start.toISOString();
  const end = input.month.end.toISOString();
  const source = sql`select m.subscription_id, m.delta_minor as amount, m.occurred_at, m.id as ord
          from mrr_movements m
          join customers on customers.id = m.customer_id and ${clockCondition(scope)}
          where m.currency = ${input.currency} and m.kind = ${input.figure}
            and m.occurred_at >= ${start}::timestamptz and m.occurred_at < ${end}::timestamptz`;
  const order = sql`f.occurred_at, f.ord`;
  const rows = await db.execute<Raw & { total: number }>(sql`
    -- NOTE: the page first, then its 50 rows joined (joining every subscription of the figure
    -- before the limit cost 2 s for the MRR at 100,000 subscribers; see bench:dashboard).
    with page as (
      select f.subscription_id, f.amount, f.occurred_at, f.ord, (count(*) over ())::int as total
      from (${source}) f
      order by ${order}
      limit ${MRR_LIST_PAGE_SIZE} offset ${offset}
    )
    ${withNames(sql`f.total`)}
    order by ${order}`);
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : offset === 0 ? 0 : await countAll(),
    rows: rows.map(toRow),
  };

  // A page past the end has no rows to carry the total.
  async function countAll(): Promise<number> {
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from (${source}) f`);
    return Number(row?.n ?? 0);
  }
}

type Raw = {
  subscription_id: string;
  customer_id: string;
  customer_name: string;
  product_name: string;
  plan_name: string;
  status: SubscriptionStatus;
  amount: string;
  occurred_at: string | null;
};

/** The page's rows (`page f`) with their subscription, customer, plan and product. */
function withNames(extra: SQL): SQL {
  return sql`select f.subscription_id, s.customer_id, c.name as customer_name, pr.name as product_name, p.name as plan_name,
      s.status, f.amount::text as amount, f.occurred_at, ${extra}
    from page f
    join subscriptions s on s.id = f.subscription_id
    join customers c on c.id = s.customer_id
    join plans p on p.id = s.plan_id
    join products pr on pr.id = p.product_id`;
}

function toRow(r: Raw): MrrSubscriptionRow {
  return {
    subscriptionId: r.subscription_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    productName: r.product_name,
    planName: r.plan_name,
    status: r.status,
    amountMinor: Number(r.amount),
    occurredAt: r.occurred_at === null ? null : new Date(r.occurred_at),
  };
}

/**
 * The subscriptions counting in the MRR at `end` (the sum of their movements before it is
 * positive), largest first, from the ledger's spans (mrr_spans): the span holding at `end` of
 * each. NOTE: the page is a walk of mrr_spans_currency_amount_idx in the list's order, and the
 * total a count of the spans holding at `end`, instead of summing the whole ledger per
 * subscription and sorting it (299 ms p95 at 100,000 subscribers in bench:dashboard).
 */
async function listMonthEndMrr(scope: ClockScope, currency: string, endDate: Date, offset: number): Promise<{ rows: MrrSubscriptionRow[]; total: number }> {
  const end = endDate.toISOString();
  const holding = sql`m.currency = ${currency} and m.from_at < ${end}::timestamptz and (m.to_at is null or m.to_at >= ${end}::timestamptz)
    and m.amount_minor > 0 and ${clockConditionOn(scope, sql`m.customer_id`)}`;
  const rows = await db.execute<Raw & { total: number }>(sql`
    with page as (
      select m.subscription_id, m.amount_minor as amount, null::timestamptz as occurred_at
      from mrr_spans m
      where ${holding}
      -- NOTE: nulls last as in the index (none are null), or the index cannot give this order.
      order by m.amount_minor desc nulls last, m.subscription_id
      limit ${MRR_LIST_PAGE_SIZE} offset ${offset}
    )
    ${withNames(sql`(select count(*)::int from mrr_spans m where ${holding}) as total`)}
    order by f.amount desc, f.subscription_id`);
  if (rows.length > 0) return { total: Number(rows[0]!.total), rows: rows.map(toRow) };
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from mrr_spans m where ${holding}`);
  return { total: Number(row?.n ?? 0), rows: [] };
}
