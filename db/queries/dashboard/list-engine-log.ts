import { and, eq, like, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { billingActionKey, billingActions, customers, plans, products, subscriptions, type Subscription } from '@/db/schema';
import { subscriptionStatuses } from '@/lib/billing/lifecycle';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { keysetBatches, keysetPage, searchAny, type KeysetFetchArgs, type KeysetSpec, type ListPage } from '@/db/queries/lists/keyset-page';
import type { ListConfig, ListQuery } from '@/lib/validations/list-query';

/** One step the billing engine applied; dates as ISO strings. */
export type EngineLogRow = {
  /** The row's key (subscription, term, action) as one uuid: the list's tie-breaker. */
  id: string;
  subscriptionId: string;
  customerId: string;
  customerName: string;
  customerEmail: string;
  productName: string;
  planName: string;
  term: number;
  action: string;
  dueAt: string;
  appliedAt: string;
  /** The subscription's status now. */
  status: Subscription['status'];
};

/** The kinds of step, as the filter offers them (`dunning` covers every reminder step). */
export const ENGINE_LOG_ACTIONS = ['announce', 'invoice', 'issue', 'dunning', 'pause', 'resume', 'end'] as const;

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
  return action === 'dunning' ? like(billingActions.action, 'dunning:%') : eq(billingActions.action, action);
}

function conditions(scope: ClockScope, query: ListQuery): SQL | undefined {
  const status = query.filters.status as Subscription['status'] | undefined;
  return and(
    clockCondition(scope),
    actionCondition(query.filters.action),
    status ? eq(subscriptions.status, status) : undefined,
    searchAny(query.q, [customers.name, customers.email]),
  );
}

function fetchRows({ where, orderBy, limit, sortValue }: KeysetFetchArgs) {
  return db
    .select({
      id: sql<string>`${billingActionKey}::text`,
      sortValue,
      subscriptionId: billingActions.subscriptionId,
      customerId: customers.id,
      customerName: customers.name,
      customerEmail: customers.email,
      productName: products.name,
      planName: plans.name,
      term: billingActions.term,
      action: billingActions.action,
      dueAt: billingActions.dueAt,
      appliedAt: billingActions.appliedAt,
      status: subscriptions.status,
    })
    .from(billingActions)
    .innerJoin(subscriptions, eq(subscriptions.id, billingActions.subscriptionId))
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .innerJoin(products, eq(products.id, plans.productId))
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
