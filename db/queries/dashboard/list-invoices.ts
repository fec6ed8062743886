import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices, invoiceStatus, type Invoice } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { containsPattern, keysetBatches, keysetPage, type KeysetFetchArgs, type KeysetSpec, type ListPage } from '@/db/queries/lists/keyset-page';
import type { ListConfig, ListQuery } from '@/lib/validations/list-query';

/** One invoice as the dashboard lists it; plain data, dates as ISO strings. */
export type InvoiceListRow = {
  id: string;
  /** Null for a draft: numbers are taken at finalization. */
  number: string | null;
  status: Invoice['status'];
  customerId: string;
  /** The name the invoice was issued to; a draft has no snapshot yet and shows the current name. */
  customerName: string;
  customerEmail: string;
  currency: string;
  totalMinor: number;
  amountPaidMinor: number;
  paymentReference: string | null;
  issuedAt: string | null;
  dueAt: string | null;
  createdAt: string;
  /** Dunning steps already taken on an unpaid invoice (the next step's position); null when none is pending. */
  dunningStep: number | null;
};

/** The dunning positions the overdue list can be narrowed to. */
export const DUNNING_STEP_FILTERS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Sorts, filters and the "overdue" view of the invoices list. */
export const INVOICE_LIST: ListConfig = {
  sorts: ['createdAt'],
  defaultSort: { id: 'createdAt', desc: true },
  filters: { status: invoiceStatus.enumValues, view: ['overdue'], step: DUNNING_STEP_FILTERS },
};

const SPEC: KeysetSpec = { sorts: { createdAt: { expr: invoices.createdAt, type: 'timestamptz' } }, id: invoices.id };

/**
 * The search: the invoice number or payment reference, or the customer's name or e-mail. NOTE:
 * written as a union of index lookups (trigram on each column, then invoices by customer), so a
 * rare match is found through the indexes instead of by walking every invoice in date order.
 */
function searchCondition(text: string): SQL | undefined {
  if (!text) return undefined;
  const pattern = containsPattern(text);
  return sql`${invoices.id} in (
    select id from invoices where number ilike ${pattern}
    union select id from invoices where payment_reference ilike ${pattern}
    union select i.id from invoices i where i.customer_id in (select c.id from customers c where c.name ilike ${pattern} or c.email ilike ${pattern})
  )`;
}

function conditions(scope: ClockScope, query: ListQuery, now: Date): SQL | undefined {
  const { status, view, step } = query.filters;
  return and(
    clockCondition(scope),
    status ? eq(invoices.status, status as Invoice['status']) : undefined,
    view === 'overdue' ? and(eq(invoices.status, 'open'), lt(invoices.dueAt, now)) : undefined,
    step !== undefined ? eq(invoices.nextDunningStep, Number(step)) : undefined,
    searchCondition(query.q),
  );
}

function fetchRows({ where, orderBy, limit, sortValue }: KeysetFetchArgs) {
  return db
    .select({
      id: invoices.id,
      sortValue,
      number: invoices.number,
      status: invoices.status,
      customerId: invoices.customerId,
      customerName: sql<string>`coalesce(${invoices.customerSnapshot}->>'name', ${customers.name})`,
      customerEmail: sql<string>`coalesce(${invoices.customerSnapshot}->>'email', ${customers.email})`,
      currency: invoices.currency,
      totalMinor: invoices.totalMinor,
      amountPaidMinor: invoices.amountPaidMinor,
      paymentReference: invoices.paymentReference,
      issuedAt: invoices.issuedAt,
      dueAt: invoices.dueAt,
      createdAt: invoices.createdAt,
      dunningStep: invoices.nextDunningStep,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
}

function toRow({ sortValue: _sort, ...row }: Awaited<ReturnType<typeof fetchRows>>[number]): InvoiceListRow {
  return {
    ...row,
    issuedAt: row.issuedAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * One page of the scope's invoices, drafts included, newest first: searched by number, payment
 * reference, customer name or e-mail; filtered by status, or to the overdue ones by dunning step.
 */
export async function listInvoicesPage(scope: ClockScope, query: ListQuery, now = new Date()): Promise<ListPage<InvoiceListRow>> {
  const page = await keysetPage(SPEC, query, conditions(scope, query, now), fetchRows);
  return { ...page, rows: page.rows.map(toRow) };
}

/** Every invoice of the list with the same filters and order, in batches (CSV export). */
export async function* invoiceBatches(scope: ClockScope, query: ListQuery, now = new Date()): AsyncGenerator<InvoiceListRow[]> {
  for await (const rows of keysetBatches(SPEC, query, conditions(scope, query, now), fetchRows)) yield rows.map(toRow);
}

/** The scope's latest invoices, newest first (the overview's short list). */
export async function listInvoices(scope: ClockScope, options: { limit: number }): Promise<InvoiceListRow[]> {
  const rows = await fetchRows({ where: clockCondition(scope), orderBy: [desc(invoices.createdAt), desc(invoices.id)], limit: options.limit, sortValue: sql<string>`''` });
  return rows.map(toRow);
}
