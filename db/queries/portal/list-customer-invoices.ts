import { and, desc, eq, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';

/** The customer's finalized invoices (drafts are the merchant's business), newest first. */
export async function listCustomerInvoices(customerId: string) {
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.customerId, customerId), ne(invoices.status, 'draft')))
    .orderBy(desc(invoices.issuedAt), desc(invoices.sequenceNumber));
}
