import { and, asc, eq, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoiceLines, invoices } from '@/db/schema';

/** One finalized invoice with its lines, only if it belongs to this customer. */
export async function getCustomerInvoice(customerId: string, invoiceId: string) {
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.customerId, customerId), ne(invoices.status, 'draft')))
    .limit(1);
  if (!invoice) return null;
  const lines = await db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoice.id))
    .orderBy(asc(invoiceLines.position));
  return { invoice, lines };
}
