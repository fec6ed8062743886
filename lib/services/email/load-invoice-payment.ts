import { eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { customers, invoices, payments, type Customer, type Invoice, type Payment } from '@/db/schema';

const PAYMENT_ID = 'paymentId';
/** Built once: each payment's e-mail loads it, thousands in the demo history (db/built-once.ts). */
const loadStatement = builtOnceQuery<{ payment: Payment; invoice: Invoice; customer: Customer }>(() =>
  appDb
    .select({ payment: payments, invoice: invoices, customer: customers })
    .from(payments)
    .innerJoin(invoices, eq(payments.invoiceId, invoices.id))
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(eq(payments.id, valueFor(payments.id, PAYMENT_ID))),
);

/** A payment of an invoice with its invoice and customer, for the e-mails about it; throws when there is none. */
export async function loadInvoicePayment(db: DbOrTx, paymentId: string): Promise<{ payment: Payment; invoice: Invoice; customer: Customer }> {
  const [row] = await loadStatement(db, { [PAYMENT_ID]: paymentId });
  if (!row) throw new Error(`Payment ${paymentId} does not exist or is not a payment of an invoice`);
  return row;
}
