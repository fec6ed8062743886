import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, plans, products, subscriptions, type Subscription } from '@/db/schema';
import { clockConditionOn, type ClockScope } from '@/db/queries/clock-scope';
import { keysetBatches, keysetPage, searchAny, type KeysetFetchArgs, type KeysetSpec, type ListPage } from '@/db/queries/lists/keyset-page';
import { subscriptionStatuses } from '@/lib/billing/lifecycle';
import type { ListConfig, ListQuery } from '@/lib/validations/list-query';
import type { RecurringIntervalUnit } from './monthly-recurring-minor';

/** One subscription as the subscribers table shows it; plain data, dates as ISO strings. */
export type SubscriberRow = {
  id: string;
  customerId: string;
  customerName: string;
  customerEmail: string;
  productName: string;
  planName: string;
  status: Subscription['status'];
  quantity: number;
  currency: string;
  unitPriceMinor: number;
  /** What one term costs: the agreed unit price × quantity. */
  termPriceMinor: number;
  intervalUnit: RecurringIntervalUnit;
  intervalCount: number;
  currentPeriodEnd: string;
  startedAt: string;
  /** The customer stopped it at the end of the term (Min Side): when it ends; null otherwise. */
  stopsAt: string | null;
  /** Why the customer last chose to stop (kept after an undo), and their note. */
  stopReason: string | null;
  stopReasonNote: string | null;
  /** The merchant lets this customer stop their subscriptions on Min Side (customers.can_cancel). */
  customerCanStop: boolean;
  /** When its commitment, its last instalment or a stop at the term's end ends it; null: nothing ends it. */
  endsAt: string | null;
  /** Paused, or about to pause at the term's end; when the pause ends by itself (null: when resumed). */
  pausing: boolean;
  pauseResumesAt: string | null;
  /** The merchant lets this customer pause their subscriptions on Min Side (customers.can_pause). */
  customerCanPause: boolean;
};

/** Days ahead the "ending soon" list looks. */
export const ENDING_SOON_DAYS = 30;

/** Sorts, filters and the "ending soon" view of the subscribers list. */
export const SUBSCRIBER_LIST: ListConfig = {
  sorts: ['startedAt', 'endsAt'],
  defaultSort: { id: 'startedAt', desc: true },
  filters: { status: subscriptionStatuses, view: ['ending'] },
};

/**
 * What ends the subscription next: the end of its commitment, or the end of the current term when
 * it is the last instalment or the customer stopped it at the term's end. Infinity when nothing
 * does (the keyset order needs a value on every row).
 */
function endsAtSql(now: Date): SQL {
  const at = now.toISOString();
  return sql`coalesce(least(
    case when ${subscriptions.commitmentEndsAt} > ${at}::timestamptz then ${subscriptions.commitmentEndsAt} end,
    case when ${subscriptions.cancelAtPeriodEnd} or (${plans.maxInstalments} is not null and ${subscriptions.currentTerm} >= ${plans.maxInstalments} - 1)
      then ${subscriptions.currentPeriodEnd} end
  ), 'infinity'::timestamptz)`;
}

/**
 * The subscriptions `endsAtSql(now)` puts at or before `until`: the same rows as that condition
 * (least() ignores nulls, so it is at most `until` exactly when one of its parts is), written as
 * lookups in one index each (migration 0044_ending_soon). NOTE: the expression itself can use no
 * index (it reads the plan and `now`), so as a condition it read every subscription (214 ms p95 at
 * 100,000 in bench:dashboard). The ids are gathered first (`= any(array(…))`: read by the primary
 * key, not a scan joined to them), and the last instalments are looked up per plan that has
 * instalments (`offset 0` keeps that a loop over those few plans: a monthly subscription's term
 * always ends within a month, so the period's end selects little and the term is the index).
 */
function endingBy(now: Date, until: Date): SQL {
  const at = now.toISOString();
  const by = until.toISOString();
  return sql`${subscriptions.id} = any(array(
    select id from subscriptions where commitment_ends_at > ${at}::timestamptz and commitment_ends_at <= ${by}::timestamptz
    union all
    select id from subscriptions where cancel_at_period_end and current_period_end <= ${by}::timestamptz
    union all
    select last.id from plans p cross join lateral (
      select s.id from subscriptions s
      where s.plan_id = p.id and s.current_term >= p.max_instalments - 1 and s.current_period_end <= ${by}::timestamptz
      offset 0
    ) last
    where p.max_instalments is not null
  ))`;
}

function spec(now: Date): KeysetSpec {
  return {
    sorts: { startedAt: { expr: subscriptions.startedAt, type: 'timestamptz' }, endsAt: { expr: endsAtSql(now), type: 'timestamptz' } },
    id: subscriptions.id,
  };
}

function conditions(scope: ClockScope, query: ListQuery, now: Date): SQL | undefined {
  const { status, view } = query.filters;
  return and(
    // NOTE: on the subscription's customer id, not the joined customer: the rows are filtered and
    // ordered first and only the page's customers joined ("ending soon" holds thousands).
    clockConditionOn(scope, subscriptions.customerId),
    status ? eq(subscriptions.status, status as Subscription['status']) : undefined,
    view === 'ending'
      ? and(inArray(subscriptions.status, ['trialing', 'active', 'past_due']), endingBy(now, new Date(now.getTime() + ENDING_SOON_DAYS * 86_400_000)))
      : undefined,
    searchAny(query.q, [customers.name, customers.email]),
  );
}

function fetchRows(now: Date) {
  return ({ where, orderBy, limit, sortValue }: KeysetFetchArgs) =>
    db
      .select({
        id: subscriptions.id,
        sortValue,
        customerId: customers.id,
        customerName: customers.name,
        customerEmail: customers.email,
        productName: products.name,
        planName: plans.name,
        status: subscriptions.status,
        quantity: subscriptions.quantity,
        currency: subscriptions.currency,
        unitPriceMinor: subscriptions.unitPriceMinor,
        intervalUnit: plans.intervalUnit,
        intervalCount: plans.intervalCount,
        currentPeriodEnd: subscriptions.currentPeriodEnd,
        startedAt: subscriptions.startedAt,
        cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
        stopReason: subscriptions.stopReason,
        stopReasonNote: subscriptions.stopReasonNote,
        customerCanStop: customers.canCancel,
        pauseAtPeriodEnd: subscriptions.pauseAtPeriodEnd,
        pauseResumesAt: subscriptions.pauseResumesAt,
        customerCanPause: customers.canPause,
        // Epoch milliseconds (null: nothing ends it), read back without a text format in between.
        endsAtMs: sql<string | null>`(extract(epoch from nullif(${endsAtSql(now)}, 'infinity'::timestamptz)) * 1000)::bigint`,
      })
      .from(subscriptions)
      .innerJoin(customers, eq(customers.id, subscriptions.customerId))
      .innerJoin(plans, eq(plans.id, subscriptions.planId))
      .innerJoin(products, eq(products.id, plans.productId))
      .where(where)
      .orderBy(...orderBy)
      .limit(limit);
}

type Raw = Awaited<ReturnType<ReturnType<typeof fetchRows>>>[number];

function toRow({ cancelAtPeriodEnd, pauseAtPeriodEnd, pauseResumesAt, sortValue: _sort, endsAtMs, ...row }: Raw): SubscriberRow {
  return {
    ...row,
    pausing: pauseAtPeriodEnd || row.status === 'paused',
    pauseResumesAt: pauseResumesAt?.toISOString() ?? null,
    stopsAt: cancelAtPeriodEnd && row.status !== 'ended' ? row.currentPeriodEnd.toISOString() : null,
    termPriceMinor: row.unitPriceMinor * row.quantity,
    currentPeriodEnd: row.currentPeriodEnd.toISOString(),
    startedAt: row.startedAt.toISOString(),
    endsAt: endsAtMs === null ? null : new Date(Number(endsAtMs)).toISOString(),
  };
}

/**
 * One page of the scope's subscriptions with customer, product and plan: newest first by
 * default, searched by the customer's name or e-mail, filtered by status or to those ending
 * within ENDING_SOON_DAYS.
 */
export async function listSubscribers(scope: ClockScope, query: ListQuery, now = new Date()): Promise<ListPage<SubscriberRow>> {
  const page = await keysetPage(spec(now), query, conditions(scope, query, now), fetchRows(now));
  return { ...page, rows: page.rows.map(toRow) };
}

/** Every subscription of the list with the same filters and order, in batches (CSV export). */
export async function* subscriberBatches(scope: ClockScope, query: ListQuery, now = new Date()): AsyncGenerator<SubscriberRow[]> {
  for await (const rows of keysetBatches(spec(now), query, conditions(scope, query, now), fetchRows(now))) yield rows.map(toRow);
}
