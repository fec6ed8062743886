import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { assertMinor } from '@/lib/billing/money';

export type InvoicedTotal = { currency: string; totalMinor: number; invoiceCount: number };

/**
 * What was invoiced in [from, to), by a pass over the invoices: the definition, which the dashboard
 * reads from the daily totals (sumInvoicedBetween) and the tests compare those with.
 * The totals of the invoices issued in that range: the totals of the invoices issued in that range, per currency.
 * Drafts are not issued; a voided invoice is cancelled, so neither counts.
 */
export async function scanInvoicedBetween(scope: ClockScope, range: { from: Date; to: Date }): Promise<InvoicedTotal[]> {
  const rows = await db
    .select({
      currency: invoices.currency,
      totalMinor: sql<string>`coalesce(sum(${invoices.totalMinor}), 0)::text`,
      invoiceCount: sql<number>`count(*)`.mapWith(Number),
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(
      and(
        clockCondition(scope),
        inArray(invoices.status, ['open', 'paid', 'uncollectible']),
        gte(invoices.issuedAt, range.from),
        lt(invoices.issuedAt, range.to),
      ),
    )
    .groupBy(invoices.currency)
    .orderBy(invoices.currency);
  return rows.map((row) => {
    const totalMinor = Number(row.totalMinor);
    assertMinor(totalMinor, 'invoiced total');
    return { currency: row.currency, totalMinor, invoiceCount: row.invoiceCount };
  });
}
