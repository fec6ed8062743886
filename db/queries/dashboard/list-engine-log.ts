import { and, eq, isNull, like, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { billingActionKey, billingActions, customers, orders, plans, products, subscriptions, type Subscription } from '@/db/schema';
import { subscriptionStatuses } from '@/lib/billing/lifecycle';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { containsPattern, keysetBatches, keysetPage, searchAny, type KeysetFetchArgs, type KeysetSpec, type ListPage } from '@/db/queries/lists/keyset-page';
import type { ListConfig, ListQuery } from '@/lib/validations/list-query';

/** One step the billing engine applied; dates as ISO strings. */
export type EngineLogRow = {
  /** The row's key (subscription, term, action) as one uuid: the list's tie-breaker. */
  id: string;
  /** The subscription the step was for, or the order (an order waiting for its money has none yet). */
  subscriptionId: string;
  /** The step was an order's reminder or lapse (subscriptionId is then the order's id). */
  isOrder: boolean;
  customerId: string;
  customerName: string;
  customerEmail: string;
  productName: string;
  planName: string;
  term: number;
  action: string;
  dueAt: string;
  appliedAt: string;
  /** The subscription's status now; null for an order's step. */
  status: Subscription['status'] | null;
};

/**
 * The kinds of step, as the filter offers them (`dunning` covers every reminder step; `order` an
 * unpaid order's reminders and lapse).
 */
export const ENGINE_LOG_ACTIONS = ['announce', 'invoice', 'issue', 'dunning', 'order', 'pause', 'resume', 'end'] as const;

export const ENGINE_LOG_LIST: ListConfig = {
  sorts: ['appliedAt'],
  defaultSort: { id: 'appliedAt', desc: true },
  filters: { action: ENGINE_LOG_ACTIONS, status: subscriptionStatuses },
};

const SPEC: KeysetSpec = {
  sorts: { appliedAt: { expr: billingActions.appliedAt, type: 'timestamptz' } },
  id: billingActionKey,
};

function actionCondition(action: string | undefined): SQL | undefined {
  if (!action) return undefined;
  // A reminder step is logged as `dunning:<position>` (and `dunning:<round>:<position>` after a reversal).
  if (action === 'dunning' || action === 'order') return like(billingActions.action, `${action}:%`);
  return eq(billingActions.action, action);
}

/**
 * The customer's name or e-mail contains the text. NOTE: the steps of the matching customers'
 * subscriptions and orders are looked up first (trigram indexes, then each one's steps by the
 * primary key), so a rare name is not looked for by walking the whole log in date order (1.5 s
 * p95 over 1.8M steps in bench:dashboard); the condition on the joined customer stays, so the
 * rows are the same.
 */
function searchCondition(text: string): SQL | undefined {
  const matches = searchAny(text, [customers.name, customers.email]);
  if (!matches) return undefined;
  const pattern = containsPattern(text);
  return and(
    matches,
    sql`${billingActions.subscriptionId} in (
      select theirs.id from (select c.id from customers c where c.name ilike ${pattern} or c.email ilike ${pattern}) matched
      cross join lateral (
        select s.id from subscriptions s where s.customer_id = matched.id
        union all
        select o.id from orders o where o.customer_id = matched.id
      ) theirs
    )`,
  );
}

function conditions(scope: ClockScope, query: ListQuery): SQL | undefined {
  const status = query.filters.status as Subscription['status'] | undefined;
  return and(clockCondition(scope), actionCondition(query.filters.action), status ? eq(subscriptions.status, status) : undefined, searchCondition(query.q));
}

function fetchRows({ where, orderBy, limit, sortValue }: KeysetFetchArgs) {
  return db
    .select({
      id: sql<string>`${billingActionKey}::text`,
      sortValue,
      subscriptionId: billingActions.subscriptionId,
      isOrder: sql<boolean>`${orders.id} is not null`,
      customerId: customers.id,
      customerName: customers.name,
      customerEmail: customers.email,
      productName: sql<string>`coalesce(${products.name}, 'Order')`,
      // An order has no number: the start of its id is what the customer quotes (orderReference).
      planName: sql<string>`coalesce(${plans.name}, upper(left(replace(${orders.id}::text, '-', ''), 8)))`,
      term: billingActions.term,
      action: billingActions.action,
      dueAt: billingActions.dueAt,
      appliedAt: billingActions.appliedAt,
      status: subscriptions.status,
    })
    .from(billingActions)
    // NOTE: a step of an order waiting for its money is logged under the order's id (no
    // subscription exists yet: applyOrderDunningBatch); the order is looked up only then.
    .leftJoin(subscriptions, eq(subscriptions.id, billingActions.subscriptionId))
    .leftJoin(orders, and(isNull(subscriptions.id), eq(orders.id, billingActions.subscriptionId)))
    .innerJoin(customers, eq(customers.id, sql`coalesce(${subscriptions.customerId}, ${orders.customerId})`))
    .leftJoin(plans, eq(plans.id, subscriptions.planId))
    .leftJoin(products, eq(products.id, plans.productId))
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
}

function toRow({ sortValue: _sort, ...row }: Awaited<ReturnType<typeof fetchRows>>[number]): EngineLogRow {
  return { ...row, dueAt: row.dueAt.toISOString(), appliedAt: row.appliedAt.toISOString() };
}

/**
 * One page of the engine's log in the scope, latest step first: what the engine did, for whom,
 * when it was due and when it ran.
 */
export async function listEngineLog(scope: ClockScope, query: ListQuery): Promise<ListPage<EngineLogRow>> {
  const page = await keysetPage(SPEC, query, conditions(scope, query), fetchRows);
  return { ...page, rows: page.rows.map(toRow) };
}

/** Every step of the list, in batches (CSV export). */
export async function* engineLogBatches(scope: ClockScope, query: ListQuery): AsyncGenerator<EngineLogRow[]> {
  for await (const rows of keysetBatches(SPEC, query, conditions(scope, query), fetchRows)) yield rows.map(toRow);
}
