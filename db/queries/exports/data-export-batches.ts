import { and, eq, type AnyColumn } from 'drizzle-orm';
import { db } from '@/db/client';
import { creditNotes, customers, invoiceLines, invoices, payments, subscriptions } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { keysetBatches, type KeysetFetchArgs, type KeysetSpec } from '@/db/queries/lists/keyset-page';
import type { ListQuery } from '@/lib/validations/list-query';

/** The tables of the full data export (docs/data-export.md lists their columns). */
export const DATA_EXPORT_TABLES = ['customers', 'subscriptions', 'invoices', 'invoice_lines', 'payments', 'credit_notes'] as const;
export type DataExportTable = (typeof DATA_EXPORT_TABLES)[number];

/** A row of the export: plain values, instants as ISO 8601 strings, amounts in minor units. */
export type DataExportRow = Record<string, string | number | boolean | null>;

// NOTE: in primary-key order, so each batch is an index range scan whatever the table's size.
const byId = (id: AnyColumn): KeysetSpec => ({ sorts: { id: { expr: id, type: 'uuid' } }, id });
const QUERY: ListQuery = { q: '', sort: { id: 'id', desc: false }, after: null, before: null, page: 1, size: 1000, filters: {} };

function plain(row: Record<string, unknown>): DataExportRow {
  const out: DataExportRow = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'sortValue') continue;
    out[key] = value instanceof Date ? value.toISOString() : (value as string | number | boolean | null);
  }
  return out;
}

const customerColumns = {
  id: customers.id,
  name: customers.name,
  email: customers.email,
  companyName: customers.companyName,
  vatId: customers.vatId,
  postalCode: customers.postalCode,
  city: customers.city,
  country: customers.country,
  locale: customers.locale,
  createdAt: customers.createdAt,
  erasedAt: customers.erasedAt,
};

const subscriptionsColumns = {
  id: subscriptions.id,
  customerId: subscriptions.customerId,
  planId: subscriptions.planId,
  status: subscriptions.status,
  quantity: subscriptions.quantity,
  currency: subscriptions.currency,
  unitPriceMinor: subscriptions.unitPriceMinor,
  currentTerm: subscriptions.currentTerm,
  currentPeriodStart: subscriptions.currentPeriodStart,
  currentPeriodEnd: subscriptions.currentPeriodEnd,
  trialEndsAt: subscriptions.trialEndsAt,
  commitmentEndsAt: subscriptions.commitmentEndsAt,
  cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
  stopReason: subscriptions.stopReason,
  startedAt: subscriptions.startedAt,
  canceledAt: subscriptions.canceledAt,
  endedAt: subscriptions.endedAt,
  pausedAt: subscriptions.pausedAt,
  createdAt: subscriptions.createdAt,
};

const invoicesColumns = {
  id: invoices.id,
  customerId: invoices.customerId,
  subscriptionId: invoices.subscriptionId,
  orderId: invoices.orderId,
  term: invoices.term,
  number: invoices.number,
  status: invoices.status,
  currency: invoices.currency,
  subtotalMinor: invoices.subtotalMinor,
  taxMinor: invoices.taxMinor,
  totalMinor: invoices.totalMinor,
  amountPaidMinor: invoices.amountPaidMinor,
  creditedMinor: invoices.creditedMinor,
  paymentReference: invoices.paymentReference,
  issuedAt: invoices.issuedAt,
  dueAt: invoices.dueAt,
  paidAt: invoices.paidAt,
  createdAt: invoices.createdAt,
};

const invoiceLinesColumns = {
  id: invoiceLines.id,
  invoiceId: invoiceLines.invoiceId,
  position: invoiceLines.position,
  kind: invoiceLines.kind,
  description: invoiceLines.description,
  quantity: invoiceLines.quantity,
  unitAmountMinor: invoiceLines.unitAmountMinor,
  amountMinor: invoiceLines.amountMinor,
  taxRateBp: invoiceLines.taxRateBp,
  taxMinor: invoiceLines.taxMinor,
  subscriptionId: invoiceLines.subscriptionId,
  term: invoiceLines.term,
  periodStart: invoiceLines.periodStart,
  periodEnd: invoiceLines.periodEnd,
};

const paymentsColumns = {
  id: payments.id,
  customerId: payments.customerId,
  invoiceId: payments.invoiceId,
  orderId: payments.orderId,
  provider: payments.provider,
  providerPaymentId: payments.providerPaymentId,
  method: payments.method,
  source: payments.source,
  status: payments.status,
  amountMinor: payments.amountMinor,
  currency: payments.currency,
  failureReason: payments.failureReason,
  reference: payments.reference,
  createdAt: payments.createdAt,
  settledAt: payments.settledAt,
  reversedAt: payments.reversedAt,
  reversalCode: payments.reversalCode,
  chargebackFeeMinor: payments.chargebackFeeMinor,
};

const creditNotesColumns = {
  id: creditNotes.id,
  customerId: creditNotes.customerId,
  invoiceId: creditNotes.invoiceId,
  number: creditNotes.number,
  currency: creditNotes.currency,
  subtotalMinor: creditNotes.subtotalMinor,
  taxMinor: creditNotes.taxMinor,
  totalMinor: creditNotes.totalMinor,
  reason: creditNotes.reason,
  disposition: creditNotes.disposition,
  issuedAt: creditNotes.issuedAt,
};

type Fetch = (scope: ClockScope) => (args: KeysetFetchArgs) => Promise<{ id: string; sortValue: string }[]>;

const fetchers: Record<DataExportTable, { spec: KeysetSpec; fetch: Fetch }> = {
  customers: {
    spec: byId(customers.id),
    fetch: (scope) => ({ where, orderBy, limit, sortValue }) =>
      db.select({ ...customerColumns, sortValue }).from(customers).where(and(clockCondition(scope), where)).orderBy(...orderBy).limit(limit),
  },
  subscriptions: {
    spec: byId(subscriptions.id),
    fetch: (scope) => ({ where, orderBy, limit, sortValue }) =>
      db
        .select({ ...subscriptionsColumns, sortValue })
        .from(subscriptions)
        .innerJoin(customers, eq(customers.id, subscriptions.customerId))
        .where(and(clockCondition(scope), where))
        .orderBy(...orderBy)
        .limit(limit),
  },
  invoices: {
    spec: byId(invoices.id),
    fetch: (scope) => ({ where, orderBy, limit, sortValue }) =>
      db
        .select({ ...invoicesColumns, sortValue })
        .from(invoices)
        .innerJoin(customers, eq(customers.id, invoices.customerId))
        .where(and(clockCondition(scope), where))
        .orderBy(...orderBy)
        .limit(limit),
  },
  invoice_lines: {
    spec: byId(invoiceLines.id),
    fetch: (scope) => ({ where, orderBy, limit, sortValue }) =>
      db
        .select({ ...invoiceLinesColumns, sortValue })
        .from(invoiceLines)
        .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
        .innerJoin(customers, eq(customers.id, invoices.customerId))
        .where(and(clockCondition(scope), where))
        .orderBy(...orderBy)
        .limit(limit),
  },
  payments: {
    spec: byId(payments.id),
    fetch: (scope) => ({ where, orderBy, limit, sortValue }) =>
      db
        .select({ ...paymentsColumns, sortValue })
        .from(payments)
        .innerJoin(customers, eq(customers.id, payments.customerId))
        .where(and(clockCondition(scope), where))
        .orderBy(...orderBy)
        .limit(limit),
  },
  credit_notes: {
    spec: byId(creditNotes.id),
    fetch: (scope) => ({ where, orderBy, limit, sortValue }) =>
      db
        .select({ ...creditNotesColumns, sortValue })
        .from(creditNotes)
        .innerJoin(customers, eq(customers.id, creditNotes.customerId))
        .where(and(clockCondition(scope), where))
        .orderBy(...orderBy)
        .limit(limit),
  },
};

/** The columns of each table's CSV, in order (snake_case, as in the database). */
export const DATA_EXPORT_COLUMNS: Record<DataExportTable, string[]> = {
  customers: Object.keys(customerColumns),
  subscriptions: Object.keys(subscriptionsColumns),
  invoices: Object.keys(invoicesColumns),
  invoice_lines: Object.keys(invoiceLinesColumns),
  payments: Object.keys(paymentsColumns),
  credit_notes: Object.keys(creditNotesColumns),
};

/** Every row of one table for the scope's customers, in primary-key order, `size` at a time. */
export async function* dataExportBatches(table: DataExportTable, scope: ClockScope): AsyncGenerator<DataExportRow[]> {
  const { spec, fetch } = fetchers[table];
  for await (const rows of keysetBatches(spec, QUERY, undefined, fetch(scope))) yield rows.map((row) => plain(row));
}
