import { desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices, type Invoice } from '@/db/schema';

/** One invoice of a simulated customer; dates as ISO strings. */
export type ClockInvoiceRow = {
  id: string;
  number: string | null;
  customerName: string;
  /** The subscription term it bills; null for the checkout's invoice. */
  term: number | null;
  status: Invoice['status'];
  currency: string;
  totalMinor: number;
  amountPaidMinor: number;
  issuedAt: string | null;
  dueAt: string | null;
  /** Its payment attempts in order, e.g. "1 failed, 2 failed, 3 paid"; empty when none. */
  attempts: string;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The invoices of one clock's simulated customers, newest first by simulated issue date (the
 * creation time is the real time of the advance, the same for a whole simulated year); drafts,
 * not yet issued, first.
 */
export async function listClockInvoices(clockId: string): Promise<ClockInvoiceRow[]> {
  const rows = await db
    .select({
      id: invoices.id,
      number: invoices.number,
      customerName: customers.name,
      term: invoices.term,
      status: invoices.status,
      currency: invoices.currency,
      totalMinor: invoices.totalMinor,
      amountPaidMinor: invoices.amountPaidMinor,
      issuedAt: invoices.issuedAt,
      dueAt: invoices.dueAt,
      attempts: sql<string>`coalesce((select string_agg(p.attempt || ' ' || p.status, ', ' order by p.attempt) from payments p where p.invoice_id = "invoices"."id"), '')`,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(eq(customers.testClockId, clockId))
    .orderBy(sql`${invoices.issuedAt} desc nulls first`, desc(invoices.sequenceNumber), desc(invoices.id));
  return rows.map((row) => ({ ...row, issuedAt: iso(row.issuedAt), dueAt: iso(row.dueAt) }));
}
