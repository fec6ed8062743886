import { eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { customers, invoices, type Customer, type Invoice } from '@/db/schema';

const INVOICE_ID = 'invoiceId';
/** Built once (db/built-once.ts): the invoice and dunning e-mails of the demo history read it hundreds of times. */
const loadStatement = builtOnceQuery<{ invoice: Invoice; customer: Customer }>(() =>
  appDb
    .select({ invoice: invoices, customer: customers })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(eq(invoices.id, valueFor(invoices.id, INVOICE_ID))),
);

/** An invoice with its customer, for an e-mail about it; undefined when there is none. */
export async function loadInvoiceWithCustomer(db: DbOrTx, invoiceId: string): Promise<{ invoice: Invoice; customer: Customer } | undefined> {
  const [row] = await loadStatement(db, { [INVOICE_ID]: invoiceId });
  return row;
}
