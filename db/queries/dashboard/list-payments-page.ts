import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices, payments, type Payment } from '@/db/schema';
import { clockCondition, clockConditionOn, type ClockScope } from '@/db/queries/clock-scope';
import { containsPattern, keysetBatches, keysetPage, type KeysetFetchArgs, type KeysetSpec, type ListPage } from '@/db/queries/lists/keyset-page';
import type { ListConfig, ListQuery } from '@/lib/validations/list-query';

/** One payment as the payments list shows it; plain data, dates as ISO strings. */
export type PaymentListRow = {
  id: string;
  settledAt: string;
  customerId: string;
  customerName: string;
  customerEmail: string;
  invoiceId: string | null;
  invoiceNumber: string | null;
  amountMinor: number;
  currency: string;
  method: Payment['method'];
  status: Payment['status'];
  source: Payment['source'];
  provider: string;
  providerPaymentId: string | null;
  reference: string | null;
  failureReason: string | null;
  /** When a paid payment was taken back (a chargeback, a returned debit), and the provider's fee for it. */
  reversedAt: string | null;
  chargebackFeeMinor: number | null;
};

/** The settled range and the choices of the payments report (its own form parses them). */
export type PaymentListFilters = {
  from: Date;
  to: Date;
  method?: Payment['method'];
  status?: Payment['status'];
  source?: Payment['source'];
};

/** The list's own part of the address bar: search, order and page (the report's form holds the rest). */
export const PAYMENT_LIST: ListConfig = { sorts: ['settledAt'], defaultSort: { id: 'settledAt', desc: true } };

const SPEC: KeysetSpec = { sorts: { settledAt: { expr: payments.settledAt, type: 'timestamptz' } }, id: payments.id };

/**
 * The bank's or provider's reference, the invoice number, or the customer's name or e-mail: a
 * union of index lookups (see list-invoices.ts for why).
 */
function searchCondition(text: string): SQL | undefined {
  if (!text) return undefined;
  const pattern = containsPattern(text);
  return sql`${payments.id} in (
    select id from payments where reference ilike ${pattern}
    union select id from payments where provider_payment_id ilike ${pattern}
    union select p.id from payments p where p.invoice_id in (select i.id from invoices i where i.number ilike ${pattern})
    union select p.id from payments p where p.customer_id in (select c.id from customers c where c.name ilike ${pattern} or c.email ilike ${pattern})
  )`;
}

/** `inScope`: the scope's condition on the joined customers, or (no join) on the payment's customer id. */
function conditions(scope: ClockScope, filters: PaymentListFilters, query: ListQuery, inScope = clockCondition(scope)): SQL | undefined {
  return and(
    inScope,
    gte(payments.settledAt, filters.from),
    lt(payments.settledAt, filters.to),
    filters.method ? eq(payments.method, filters.method) : undefined,
    filters.status ? eq(payments.status, filters.status) : undefined,
    filters.source ? eq(payments.source, filters.source) : undefined,
    searchCondition(query.q),
  );
}

function fetchRows({ where, orderBy, limit, sortValue }: KeysetFetchArgs) {
  return db
    .select({
      id: payments.id,
      sortValue,
      settledAt: payments.settledAt,
      customerId: payments.customerId,
      customerName: customers.name,
      customerEmail: customers.email,
      invoiceId: payments.invoiceId,
      invoiceNumber: invoices.number,
      amountMinor: payments.amountMinor,
      currency: payments.currency,
      method: payments.method,
      status: payments.status,
      source: payments.source,
      provider: payments.provider,
      providerPaymentId: payments.providerPaymentId,
      reference: payments.reference,
      failureReason: payments.failureReason,
      reversedAt: payments.reversedAt,
      chargebackFeeMinor: payments.chargebackFeeMinor,
    })
    .from(payments)
    .innerJoin(customers, eq(customers.id, payments.customerId))
    .leftJoin(invoices, eq(invoices.id, payments.invoiceId))
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
}

function toRow({ sortValue: _sort, ...row }: Awaited<ReturnType<typeof fetchRows>>[number]): PaymentListRow {
  // The range condition is on settled_at, so every row has one.
  return { ...row, settledAt: row.settledAt!.toISOString(), reversedAt: row.reversedAt?.toISOString() ?? null };
}

/** One page of the scope's payments settled in the range (latest first), searched and filtered. */
export async function listPaymentsPage(scope: ClockScope, filters: PaymentListFilters, query: ListQuery): Promise<ListPage<PaymentListRow>> {
  const page = await keysetPage(SPEC, query, conditions(scope, filters, query), fetchRows);
  return { ...page, rows: page.rows.map(toRow) };
}

/** Every payment of the list with the same filters and order, in batches (CSV export). */
export async function* paymentBatches(scope: ClockScope, filters: PaymentListFilters, query: ListQuery): AsyncGenerator<PaymentListRow[]> {
  for await (const rows of keysetBatches(SPEC, query, conditions(scope, filters, query), fetchRows)) yield rows.map(toRow);
}

/** Count and sum per currency of every payment the list holds (amounts in different currencies are never added). */
export async function totalPaymentsList(
  scope: ClockScope,
  filters: PaymentListFilters,
  query: ListQuery,
): Promise<{ currency: string; count: number; amountMinor: number }[]> {
  const rows = await db
    .select({ currency: payments.currency, count: sql<number>`count(*)::int`, amountMinor: sql<string>`sum(${payments.amountMinor})` })
    .from(payments)
    // NOTE: no join with customers: a month's payments lie all over the table, and joining every
    // one to its customer only to drop the few simulated ones cost more than the sums.
    .where(conditions(scope, filters, query, clockConditionOn(scope, payments.customerId)))
    .groupBy(payments.currency)
    .orderBy(payments.currency);
  return rows.map((row) => ({ currency: row.currency, count: row.count, amountMinor: Number(row.amountMinor) }));
}
