import { desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices, type Invoice } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';

/** One invoice as the dashboard lists it; plain data, dates as ISO strings. */
export type InvoiceListRow = {
  id: string;
  /** Null for a draft: numbers are taken at finalization. */
  number: string | null;
  status: Invoice['status'];
  customerId: string;
  /** The name the invoice was issued to; a draft has no snapshot yet and shows the current name. */
  customerName: string;
  currency: string;
  totalMinor: number;
  issuedAt: string | null;
  dueAt: string | null;
  createdAt: string;
};

/** The scope's invoices, newest first; `limit` for a short list (the overview), all of them without. */
export async function listInvoices(scope: ClockScope, options: { limit?: number } = {}): Promise<InvoiceListRow[]> {
  const query = db
    .select({
      id: invoices.id,
      number: invoices.number,
      status: invoices.status,
      customerId: invoices.customerId,
      customerName: sql<string>`coalesce(${invoices.customerSnapshot}->>'name', ${customers.name})`,
      currency: invoices.currency,
      totalMinor: invoices.totalMinor,
      issuedAt: invoices.issuedAt,
      dueAt: invoices.dueAt,
      createdAt: invoices.createdAt,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(clockCondition(scope))
    .orderBy(desc(invoices.createdAt), desc(invoices.id))
    .$dynamic();
  const rows = await (options.limit === undefined ? query : query.limit(options.limit));
  return rows.map((row) => ({
    ...row,
    issuedAt: row.issuedAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}
