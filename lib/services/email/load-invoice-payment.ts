import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { customers, invoices, payments, type Customer, type Invoice, type Payment } from '@/db/schema';

/** A payment of an invoice with its invoice and customer, for the e-mails about it; throws when there is none. */
export async function loadInvoicePayment(db: DbOrTx, paymentId: string): Promise<{ payment: Payment; invoice: Invoice; customer: Customer }> {
  const [row] = await db
    .select({ payment: payments, invoice: invoices, customer: customers })
    .from(payments)
    .innerJoin(invoices, eq(payments.invoiceId, invoices.id))
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(eq(payments.id, paymentId));
  if (!row) throw new Error(`Payment ${paymentId} does not exist or is not a payment of an invoice`);
  return row;
}
