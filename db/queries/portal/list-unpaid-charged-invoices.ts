import { and, asc, eq, exists, gt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { amountOwedSql } from '@/db/amount-owed-sql';
import { invoices, payments } from '@/db/schema';

export type UnpaidChargedInvoice = {
  id: string;
  number: string | null;
  currency: string;
  openMinor: number;
  dueAt: Date | null;
  /** Why the latest charge failed, in the provider's words. */
  failureReason: string | null;
  /** The methods the customer saved for paying this invoice (setups started from it and completed). */
  savedMethodIds: string[];
};

/**
 * The customer's open invoices (scoped by customer id) whose automatic charge failed and that
 * still owe money: what Min Side offers to pay with a newly saved method, and what the past-due
 * banner is about. Oldest first.
 */
export async function listUnpaidChargedInvoices(customerId: string): Promise<UnpaidChargedInvoice[]> {
  const owed = amountOwedSql(invoices);
  const failedCharge = db
    .select({ one: sql`1` })
    .from(payments)
    .where(and(eq(payments.invoiceId, invoices.id), eq(payments.source, 'autopay'), eq(payments.status, 'failed')));
  // NOTE: the correlated subqueries name "invoices"."id" outright: in a select list drizzle
  // writes a column without its table, which inside them would mean the subquery's own id.
  const rows = await db
    .select({
      id: invoices.id,
      number: invoices.number,
      currency: invoices.currency,
      openMinor: owed,
      dueAt: invoices.dueAt,
      failureReason: sql<string | null>`(select p.failure_reason from payments p where p.invoice_id = "invoices"."id" and p.status = 'failed' order by p.attempt desc limit 1)`,
      savedMethodIds: sql<string[]>`array(select s.payment_method_id::text from payment_method_setups s where s.invoice_id = "invoices"."id" and s.status = 'completed' and s.payment_method_id is not null)`,
    })
    .from(invoices)
    .where(and(eq(invoices.customerId, customerId), eq(invoices.status, 'open'), gt(owed, sql`0`), exists(failedCharge)))
    .orderBy(asc(invoices.issuedAt));
  return rows.map((row) => ({ ...row, openMinor: Number(row.openMinor) }));
}
