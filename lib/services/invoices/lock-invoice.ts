import { eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { invoices, type Invoice } from '@/db/schema';

const ID = 'id';
/** Built once: each payment locks its invoice, and the demo history registers thousands (db/built-once.ts). */
const lockStatement = builtOnceQuery<Invoice>(() => db.select().from(invoices).where(eq(invoices.id, valueFor(invoices.id, ID))).for('update'));

/** An invoice, its row locked FOR UPDATE in the caller's transaction; undefined when there is none. */
export async function lockInvoice(tx: Tx, invoiceId: string): Promise<Invoice | undefined> {
  const [invoice] = await lockStatement(tx, { [ID]: invoiceId });
  return invoice;
}
