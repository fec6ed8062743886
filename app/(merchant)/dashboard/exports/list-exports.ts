import { paymentsFilterText } from '@/components/merchant/payments-filter-text';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { ABANDONED_CHECKOUT_LIST, abandonedCheckoutBatches, type AbandonedCheckoutRow } from '@/db/queries/dashboard/list-abandoned-checkouts';
import { CREDIT_NOTE_LIST, creditNoteBatches, type CreditNoteListRow } from '@/db/queries/dashboard/list-credit-notes-page';
import { ENGINE_ERROR_LIST, engineErrorBatches, type EngineErrorRow } from '@/db/queries/dashboard/list-engine-errors';
import { ENGINE_LOG_LIST, engineLogBatches, type EngineLogRow } from '@/db/queries/dashboard/list-engine-log';
import { OUTBOX_LIST, outboxBatches, type OutboxListRow } from '@/db/queries/dashboard/list-outbox-emails';
import { PAYMENT_LIST, paymentBatches, type PaymentListRow } from '@/db/queries/dashboard/list-payments-page';
import { INVOICE_LIST, invoiceBatches, type InvoiceListRow } from '@/db/queries/dashboard/list-invoices';
import { SUBSCRIBER_LIST, subscriberBatches, type SubscriberRow } from '@/db/queries/dashboard/list-subscribers';
import { csvStream, csvText, minorToDecimal, type CsvColumn } from '@/lib/csv';
import type { Locale } from '@/lib/i18n/locales';
import { parsePaymentsReportQuery } from '@/lib/services/payments/payments-report-filters';
import type { ListConfig, ListQuery } from '@/lib/validations/list-query';

/**
 * A list's CSV download: the list's own query config, and every matching row as a stream, or why
 * the address bar's filters cannot be read, in the staff member's language (`locale`). `batches`
 * gets the raw parameters too, for a list whose filters have their own parser (the payments
 * report's dates).
 */
export type ListExport = {
  config: ListConfig;
  filename: string;
  stream: (query: ListQuery, params: URLSearchParams, locale: Locale) => Promise<ReadableStream<Uint8Array> | { error: string }>;
};

type Batches<TRow> = (query: ListQuery, params: URLSearchParams, locale: Locale) => Promise<AsyncIterable<TRow[]> | { error: string }> | AsyncIterable<TRow[]>;

function listExport<TRow>(config: ListConfig, filename: string, batches: Batches<TRow>, columns: CsvColumn<TRow>[]): ListExport {
  return {
    config,
    filename,
    stream: async (query, params, locale) => {
      const rows = await batches(query, params, locale);
      return 'error' in rows ? rows : csvStream(columns, rows);
    },
  };
}

async function paymentBatchesFor(query: ListQuery, params: URLSearchParams, locale: Locale) {
  const { timeZone } = await getDashboardSettings();
  const filters = parsePaymentsReportQuery(Object.fromEntries(params.entries()), { now: new Date(), timeZone });
  // Worded as the payments page words the same filters, in the staff member's language.
  return filters.ok ? paymentBatches(REAL_TIME, filters.value, query) : { error: paymentsFilterText(locale, filters.problem) };
}

const payments = listExport<PaymentListRow>(PAYMENT_LIST, 'payments', paymentBatchesFor, [
  { header: 'payment_id', value: (r) => r.id },
  { header: 'settled_at', value: (r) => r.settledAt },
  { header: 'customer_name', value: (r) => csvText(r.customerName) },
  { header: 'customer_email', value: (r) => csvText(r.customerEmail) },
  { header: 'invoice_number', value: (r) => csvText(r.invoiceNumber) },
  { header: 'amount', value: (r) => minorToDecimal(r.amountMinor, r.currency) },
  { header: 'currency', value: (r) => r.currency },
  { header: 'method', value: (r) => r.method },
  { header: 'status', value: (r) => r.status },
  { header: 'source', value: (r) => r.source },
  { header: 'provider', value: (r) => r.provider },
  { header: 'provider_payment_id', value: (r) => csvText(r.providerPaymentId) },
  { header: 'reference', value: (r) => csvText(r.reference) },
  { header: 'failure_reason', value: (r) => csvText(r.failureReason) },
  // A chargeback or returned debit: when the money was taken back, and the provider's fee for it (the merchant's cost).
  { header: 'reversed_at', value: (r) => r.reversedAt },
  { header: 'chargeback_fee', value: (r) => (r.chargebackFeeMinor === null ? null : minorToDecimal(r.chargebackFeeMinor, r.currency)) },
]);

const subscribers = listExport<SubscriberRow>(SUBSCRIBER_LIST, 'subscribers', (query) => subscriberBatches(REAL_TIME, query), [
  { header: 'subscription_id', value: (r) => r.id },
  { header: 'customer_id', value: (r) => r.customerId },
  { header: 'customer_name', value: (r) => csvText(r.customerName) },
  { header: 'customer_email', value: (r) => csvText(r.customerEmail) },
  { header: 'product', value: (r) => csvText(r.productName) },
  { header: 'plan', value: (r) => csvText(r.planName) },
  { header: 'status', value: (r) => r.status },
  { header: 'quantity', value: (r) => r.quantity },
  { header: 'term_price', value: (r) => minorToDecimal(r.termPriceMinor, r.currency) },
  { header: 'currency', value: (r) => r.currency },
  { header: 'interval', value: (r) => `${r.intervalCount} ${r.intervalUnit}` },
  { header: 'started_at', value: (r) => r.startedAt },
  { header: 'current_period_end', value: (r) => r.currentPeriodEnd },
  { header: 'ends_at', value: (r) => r.endsAt },
  { header: 'stop_reason', value: (r) => csvText(r.stopReason) },
]);

const invoices = listExport<InvoiceListRow>(INVOICE_LIST, 'invoices', (query) => invoiceBatches(REAL_TIME, query), [
  { header: 'invoice_id', value: (r) => r.id },
  { header: 'number', value: (r) => csvText(r.number) },
  { header: 'status', value: (r) => r.status },
  { header: 'customer_id', value: (r) => r.customerId },
  { header: 'customer_name', value: (r) => csvText(r.customerName) },
  { header: 'customer_email', value: (r) => csvText(r.customerEmail) },
  { header: 'total', value: (r) => minorToDecimal(r.totalMinor, r.currency) },
  { header: 'paid', value: (r) => minorToDecimal(r.amountPaidMinor, r.currency) },
  { header: 'currency', value: (r) => r.currency },
  { header: 'payment_reference', value: (r) => csvText(r.paymentReference) },
  { header: 'created_at', value: (r) => r.createdAt },
  { header: 'issued_at', value: (r) => r.issuedAt },
  { header: 'due_at', value: (r) => r.dueAt },
  { header: 'dunning_steps_done', value: (r) => r.dunningStep },
]);

const creditNotes = listExport<CreditNoteListRow>(CREDIT_NOTE_LIST, 'credit-notes', (query) => creditNoteBatches(REAL_TIME, query), [
  { header: 'credit_note_id', value: (r) => r.id },
  { header: 'number', value: (r) => csvText(r.number) },
  { header: 'invoice_number', value: (r) => csvText(r.invoiceNumber) },
  { header: 'customer_name', value: (r) => csvText(r.customerName) },
  { header: 'issued_at', value: (r) => r.issuedAt },
  { header: 'total', value: (r) => minorToDecimal(r.totalMinor, r.currency) },
  { header: 'currency', value: (r) => r.currency },
  { header: 'reason', value: (r) => csvText(r.reason) },
  { header: 'disposition', value: (r) => r.disposition },
  { header: 'refund_statuses', value: (r) => r.refunds.map((refund) => refund.status).join(' ') },
]);

const outbox = listExport<OutboxListRow>(OUTBOX_LIST, 'outbox', (query) => outboxBatches(query), [
  { header: 'email_id', value: (r) => r.id },
  { header: 'created_at', value: (r) => r.createdAt },
  { header: 'to', value: (r) => csvText(r.toAddress) },
  { header: 'subject', value: (r) => csvText(r.subject) },
  { header: 'template', value: (r) => r.template },
  { header: 'status', value: (r) => r.status },
  { header: 'error', value: (r) => csvText(r.error) },
]);

const engineErrors = listExport<EngineErrorRow>(ENGINE_ERROR_LIST, 'engine-errors', (query) => engineErrorBatches(REAL_TIME, query), [
  { header: 'subscription_id', value: (r) => r.id },
  { header: 'customer_name', value: (r) => csvText(r.customerName) },
  { header: 'customer_email', value: (r) => csvText(r.customerEmail) },
  { header: 'product', value: (r) => csvText(r.productName) },
  { header: 'plan', value: (r) => csvText(r.planName) },
  { header: 'status', value: (r) => r.status },
  { header: 'next_action', value: (r) => r.nextAction },
  { header: 'failed_at', value: (r) => r.at },
  { header: 'error', value: (r) => csvText(r.error) },
]);

const engineLog = listExport<EngineLogRow>(ENGINE_LOG_LIST, 'engine-log', (query) => engineLogBatches(REAL_TIME, query), [
  { header: 'applied_at', value: (r) => r.appliedAt },
  { header: 'due_at', value: (r) => r.dueAt },
  { header: 'action', value: (r) => r.action },
  { header: 'term', value: (r) => r.term },
  { header: 'subscription_id', value: (r) => r.subscriptionId },
  { header: 'customer_name', value: (r) => csvText(r.customerName) },
  { header: 'customer_email', value: (r) => csvText(r.customerEmail) },
  { header: 'product', value: (r) => csvText(r.productName) },
  { header: 'plan', value: (r) => csvText(r.planName) },
  { header: 'subscription_status', value: (r) => r.status },
]);

const abandoned = listExport<AbandonedCheckoutRow>(ABANDONED_CHECKOUT_LIST, 'abandoned-checkouts', (query) => abandonedCheckoutBatches(REAL_TIME, query, new Date()), [
  { header: 'payment_id', value: (r) => r.id },
  { header: 'started_at', value: (r) => r.createdAt },
  { header: 'customer_name', value: (r) => csvText(r.customerName) },
  { header: 'customer_email', value: (r) => csvText(r.customerEmail) },
  { header: 'method', value: (r) => r.method },
  { header: 'provider', value: (r) => r.provider },
  { header: 'provider_payment_id', value: (r) => csvText(r.providerPaymentId) },
  { header: 'order_id', value: (r) => r.orderId },
  { header: 'attempt', value: (r) => r.attempt },
  { header: 'amount', value: (r) => minorToDecimal(r.amountMinor, r.currency) },
  { header: 'currency', value: (r) => r.currency },
]);

/** Every dashboard list that downloads as CSV, by the name in its export link. */
export const LIST_EXPORTS: Record<string, ListExport> = {
  subscribers,
  invoices,
  payments,
  'credit-notes': creditNotes,
  outbox,
  'engine-errors': engineErrors,
  'engine-log': engineLog,
  'abandoned-checkouts': abandoned,
};
