import { and, eq, gt, sql } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { customerBalanceEntries, customers, invoices, payments, type Customer, type Invoice, type Payment } from '@/db/schema';

const PAYMENT_ID = 'paymentId';
type InvoicePayment = {
  payment: Payment;
  invoice: Invoice;
  customer: Customer;
  /** What of this payment went beyond the invoice and was kept as the customer's credit (minor units; 0 for none). */
  creditedMinor: number;
};

/**
 * Built once: each payment's e-mail loads it, thousands in the demo history (db/built-once.ts).
 * NOTE: the credit in the same statement: the receipt of every payment needs it, and a query of
 * its own was a round trip more per payment.
 */
const loadStatement = builtOnceQuery<InvoicePayment>(() =>
  appDb
    .select({
      payment: payments,
      invoice: invoices,
      customer: customers,
      creditedMinor: sql<number>`(${appDb
        .select({ minor: sql`coalesce(sum(${customerBalanceEntries.amountMinor}), 0)` })
        .from(customerBalanceEntries)
        .where(and(eq(customerBalanceEntries.paymentId, payments.id), gt(customerBalanceEntries.amountMinor, 0)))})`.mapWith(Number),
    })
    .from(payments)
    .innerJoin(invoices, eq(payments.invoiceId, invoices.id))
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(eq(payments.id, valueFor(payments.id, PAYMENT_ID))),
);

/** A payment of an invoice with its invoice and customer (and the credit it left), for the e-mails about it; throws when there is none. */
export async function loadInvoicePayment(db: DbOrTx, paymentId: string): Promise<InvoicePayment> {
  const [row] = await loadStatement(db, { [PAYMENT_ID]: paymentId });
  if (!row) throw new Error(`Payment ${paymentId} does not exist or is not a payment of an invoice`);
  return row;
}
