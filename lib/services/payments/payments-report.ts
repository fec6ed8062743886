import { and, asc, eq, gte, isNull, lt, type SQL } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { customers, invoices, payments, type Payment } from '@/db/schema';
import { sumMinor } from '@/lib/billing/money';
import type { PaymentsReportFilters } from './payments-report-filters';

export type PaymentsReportRow = {
  id: string;
  /** ISO 8601. */
  settledAt: string;
  customerName: string;
  customerEmail: string;
  invoiceNumber: string | null;
  amountMinor: number;
  currency: string;
  method: Payment['method'];
  status: Payment['status'];
  source: Payment['source'];
  provider: string;
  providerPaymentId: string | null;
  reference: string | null;
};

export type PaymentsReportTotal = { currency: string; count: number; amountMinor: number };

export type PaymentsReport = { rows: PaymentsReportRow[]; totals: PaymentsReportTotal[]; truncated: boolean };

/** The most rows one report returns; the page and the CSV say when a range holds more. */
export const PAYMENTS_REPORT_MAX_ROWS = 50_000;

/**
 * Payments settled in the filters' range (the shop's calendar days), oldest first, with totals
 * per currency of the rows shown (amounts in different currencies are never added together).
 * Simulated customers' payments are left out, as in every dashboard figure.
 */
export async function paymentsReport(filters: PaymentsReportFilters, db: DbOrTx = defaultDb): Promise<PaymentsReport> {
  const conditions: SQL[] = [gte(payments.settledAt, filters.from), lt(payments.settledAt, filters.to), isNull(customers.testClockId)];
  if (filters.method) conditions.push(eq(payments.method, filters.method));
  if (filters.status) conditions.push(eq(payments.status, filters.status));
  if (filters.source) conditions.push(eq(payments.source, filters.source));
  const found = await db
    .select({ payment: payments, customerName: customers.name, customerEmail: customers.email, invoiceNumber: invoices.number })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .leftJoin(invoices, eq(payments.invoiceId, invoices.id))
    .where(and(...conditions))
    .orderBy(asc(payments.settledAt), asc(payments.id))
    .limit(PAYMENTS_REPORT_MAX_ROWS + 1);
  const truncated = found.length > PAYMENTS_REPORT_MAX_ROWS;
  const rows = found.slice(0, PAYMENTS_REPORT_MAX_ROWS).map(({ payment, customerName, customerEmail, invoiceNumber }) => ({
    id: payment.id,
    settledAt: payment.settledAt!.toISOString(),
    customerName,
    customerEmail,
    invoiceNumber,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    method: payment.method,
    status: payment.status,
    source: payment.source,
    provider: payment.provider,
    providerPaymentId: payment.providerPaymentId,
    reference: payment.reference,
  }));

  const byCurrency = new Map<string, number[]>();
  for (const row of rows) {
    const amounts = byCurrency.get(row.currency) ?? [];
    amounts.push(row.amountMinor);
    byCurrency.set(row.currency, amounts);
  }
  const totals = [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amounts]) => ({ currency, count: amounts.length, amountMinor: sumMinor(amounts) }));
  return { rows, totals, truncated };
}
