import { and, asc, eq, ne, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { customers, invoiceLines, invoices } from '@/db/schema';
import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { invoicePdfInputOf } from '@/lib/services/documents/document-inputs';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';

const invoiceId = z.uuid();

/**
 * What the PDF of one finalized invoice shows, read from the stored invoice: its frozen customer
 * snapshot, lines and totals, in the customer's language. Null when there is no such invoice,
 * when it is a draft (no number yet), or when `scope` names another customer: a customer asking
 * for someone else's invoice learns nothing, not even that it exists.
 */
export async function loadInvoicePdfInput(
  id: string,
  scope?: { customerId: string },
  db: DbOrTx = defaultDb,
): Promise<InvoicePdfInput | null> {
  if (!invoiceId.safeParse(id).success) return null;
  const conditions: SQL[] = [eq(invoices.id, id), ne(invoices.status, 'draft')];
  if (scope) conditions.push(eq(invoices.customerId, scope.customerId));
  const [row] = await db
    .select({ invoice: invoices, customer: customers })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(and(...conditions))
    .limit(1);
  if (!row) return null;
  const { invoice, customer } = row;
  if (!invoice.number || !invoice.issuedAt || invoice.status === 'draft') return null;

  const lines = await db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoice.id))
    .orderBy(asc(invoiceLines.position));
  const [settings, identity] = await Promise.all([getShopSettings(db), getSellerIdentity(invoice.issuedAt, db)]);
  return invoicePdfInputOf({ invoice, customer, lines, settings, identity });
}
