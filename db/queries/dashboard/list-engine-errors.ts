import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, plans, products, subscriptions, type Subscription } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { keysetBatches, keysetPage, searchAny, type KeysetFetchArgs, type KeysetSpec, type ListPage } from '@/db/queries/lists/keyset-page';
import type { ListConfig, ListQuery } from '@/lib/validations/list-query';

/** A subscription the billing engine could not move on; dates as ISO strings. */
export type EngineErrorRow = {
  id: string;
  customerId: string;
  customerName: string;
  customerEmail: string;
  productName: string;
  planName: string;
  status: Subscription['status'];
  error: string;
  /** When the engine last failed on it; null if it was not recorded. */
  at: string | null;
  nextAction: string | null;
};

export const ENGINE_ERROR_LIST: ListConfig = { sorts: ['at'], defaultSort: { id: 'at', desc: true } };

const SPEC: KeysetSpec = {
  sorts: { at: { expr: sql`coalesce(${subscriptions.lastErrorAt}, '-infinity'::timestamptz)`, type: 'timestamptz' } },
  id: subscriptions.id,
};

function conditions(scope: ClockScope, query: ListQuery): SQL | undefined {
  return and(clockCondition(scope), isNotNull(subscriptions.lastError), searchAny(query.q, [customers.name, customers.email, subscriptions.lastError]));
}

function fetchRows({ where, orderBy, limit, sortValue }: KeysetFetchArgs) {
  return db
    .select({
      id: subscriptions.id,
      sortValue,
      customerId: customers.id,
      customerName: customers.name,
      customerEmail: customers.email,
      productName: products.name,
      planName: plans.name,
      status: subscriptions.status,
      error: subscriptions.lastError,
      at: subscriptions.lastErrorAt,
      nextAction: subscriptions.nextAction,
    })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .innerJoin(products, eq(products.id, plans.productId))
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
}

function toRow({ sortValue: _sort, ...row }: Awaited<ReturnType<typeof fetchRows>>[number]): EngineErrorRow {
  return { ...row, error: row.error ?? '', at: row.at?.toISOString() ?? null };
}

/**
 * One page of the scope's subscriptions whose last engine run failed, latest failure first (the
 * engine clears the error on its next success, so the list is what still needs a look).
 */
export async function listEngineErrors(scope: ClockScope, query: ListQuery): Promise<ListPage<EngineErrorRow>> {
  const page = await keysetPage(SPEC, query, conditions(scope, query), fetchRows);
  return { ...page, rows: page.rows.map(toRow) };
}

/** Every failed subscription of the list, in batches (CSV export). */
export async function* engineErrorBatches(scope: ClockScope, query: ListQuery): AsyncGenerator<EngineErrorRow[]> {
  for await (const rows of keysetBatches(SPEC, query, conditions(scope, query), fetchRows)) yield rows.map(toRow);
}
