import { and, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';

/**
 * The finalized invoice with this number, as the merchant types it (any case, spaces around
 * it ignored). Null for none, and for a number two series share (a simulation's and the shop's):
 * that one the merchant must open and pick by hand.
 */
export async function findInvoiceByNumber(number: string): Promise<{ id: string; number: string } | null> {
  const rows = await db
    .select({ id: invoices.id, number: invoices.number })
    .from(invoices)
    .where(and(eq(sql`upper(${invoices.number})`, number.trim().toUpperCase()), ne(invoices.status, 'draft')))
    .limit(2);
  return rows.length === 1 && rows[0]!.number ? { id: rows[0]!.id, number: rows[0]!.number } : null;
}
