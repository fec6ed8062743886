import { and, asc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invoices } from '@/db/schema';
import { amountOwedSql } from '@/db/amount-owed-sql';

/** An open invoice of a subscription a stop's credit may pay. */
export type SubscriptionDebt = { invoiceId: string; number: string | null; owedMinor: number };

/**
 * The subscription's open invoices up to its running term (not a term invoiced ahead, which the
 * stop voids or credits in full; not the early-exit fee, which the caller puts first), oldest due
 * first, with what each still owes. An invoice whose charge was already sent to the provider and
 * not answered yet is left out: paying it from the balance too could take the money twice.
 */
export async function subscriptionDebts(tx: Tx, input: { subscriptionId: string; currentTerm: number; currency: string }): Promise<SubscriptionDebt[]> {
  const owed = amountOwedSql(invoices);
  const rows = await tx
    .select({ invoiceId: invoices.id, number: invoices.number, owedMinor: owed })
    .from(invoices)
    .where(
      and(
        eq(invoices.subscriptionId, input.subscriptionId),
        eq(invoices.status, 'open'),
        eq(invoices.currency, input.currency),
        isNull(invoices.earlyExitOf),
        or(isNull(invoices.term), lte(invoices.term, input.currentTerm)),
        gt(owed, 0),
        sql`not exists (select 1 from payments p where p.invoice_id = ${invoices.id} and p.status = 'pending' and p.provider_requested_at is not null)`,
      ),
    )
    .orderBy(asc(invoices.dueAt), asc(invoices.id));
  return rows.map((row) => ({ ...row, owedMinor: Number(row.owedMinor) }));
}
