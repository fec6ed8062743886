import { and, eq, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, orders, payments, type Payment } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { keysetBatches, keysetPage, searchAny, type KeysetFetchArgs, type KeysetSpec, type ListPage } from '@/db/queries/lists/keyset-page';
import type { ListConfig, ListQuery } from '@/lib/validations/list-query';

/** A checkout left this long without word from the provider counts as abandoned. */
export const ABANDONED_AFTER_MS = 60 * 60_000;

export type AbandonedCheckoutRow = {
  id: string;
  orderId: string;
  customerName: string;
  customerEmail: string;
  amountMinor: number;
  currency: string;
  method: Payment['method'];
  provider: string;
  providerPaymentId: string | null;
  attempt: number;
  /** ISO 8601. */
  createdAt: string;
};

export const ABANDONED_CHECKOUT_LIST: ListConfig = { sorts: ['createdAt'], defaultSort: { id: 'createdAt', desc: true } };

// NOTE: payments_pending_checkout_created_at_id_idx is on (created_at, id) for exactly the
// pending checkout payments, so a page is a range scan of that small index at any depth.
const SPEC: KeysetSpec = {
  sorts: { createdAt: { expr: payments.createdAt, type: 'timestamptz' } },
  id: payments.id,
};

function conditions(scope: ClockScope, query: ListQuery, now: Date): SQL | undefined {
  return and(
    eq(payments.source, 'checkout'),
    eq(payments.status, 'pending'),
    lt(payments.createdAt, new Date(now.getTime() - ABANDONED_AFTER_MS)),
    eq(orders.status, 'pending_payment'),
    clockCondition(scope),
    searchAny(query.q, [customers.name, customers.email, payments.providerPaymentId]),
  );
}

function fetchRows({ where, orderBy, limit, sortValue }: KeysetFetchArgs) {
  return db
    .select({
      id: sql<string>`${payments.id}::text`,
      sortValue,
      orderId: orders.id,
      customerName: customers.name,
      customerEmail: customers.email,
      amountMinor: payments.amountMinor,
      currency: payments.currency,
      method: payments.method,
      provider: payments.provider,
      providerPaymentId: payments.providerPaymentId,
      attempt: payments.attempt,
      createdAt: payments.createdAt,
    })
    .from(payments)
    .innerJoin(orders, eq(payments.orderId, orders.id))
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
}

function toRow({ sortValue: _sort, ...row }: Awaited<ReturnType<typeof fetchRows>>[number]): AbandonedCheckoutRow {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/**
 * One page of the checkout payments still pending an hour after they started, for orders still
 * waiting for payment (the customer left checkout, or the provider never reported), newest first.
 */
export async function listAbandonedCheckouts(scope: ClockScope, query: ListQuery, now: Date): Promise<ListPage<AbandonedCheckoutRow>> {
  const page = await keysetPage(SPEC, query, conditions(scope, query, now), fetchRows);
  return { ...page, rows: page.rows.map(toRow) };
}

/** Every abandoned checkout of the list, in batches (CSV export). */
export async function* abandonedCheckoutBatches(scope: ClockScope, query: ListQuery, now: Date): AsyncGenerator<AbandonedCheckoutRow[]> {
  for await (const rows of keysetBatches(SPEC, query, conditions(scope, query, now), fetchRows)) yield rows.map(toRow);
}
