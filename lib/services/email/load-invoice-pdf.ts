import { and, asc, eq, ne, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { customers, invoiceLines, invoices } from '@/db/schema';
import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { billedTo, documentShop } from '@/lib/services/documents/document-parties';
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
  // Invoices from before snapshots were stored show the customer as they are now.
  const party = invoice.customerSnapshot ?? customer;

  return {
    locale: customer.locale,
    shop: documentShop(settings, identity),
    invoice: {
      number: invoice.number,
      status: invoice.status,
      currency: invoice.currency,
      issuedAt: invoice.issuedAt.toISOString(),
      dueAt: invoice.dueAt?.toISOString() ?? null,
      paidAt: invoice.paidAt?.toISOString() ?? null,
      billedTo: billedTo(party),
      lines: lines.map((line) => ({
        description: line.description,
        quantity: line.quantity,
        unitAmountMinor: line.unitAmountMinor,
        amountMinor: line.amountMinor,
        taxRateBp: line.taxRateBp,
        taxMinor: line.taxMinor,
        vatCategory: line.vatCategory,
        periodStart: line.periodStart?.toISOString() ?? null,
        periodEnd: line.periodEnd?.toISOString() ?? null,
      })),
      subtotalMinor: invoice.subtotalMinor,
      taxMinor: invoice.taxMinor,
      totalMinor: invoice.totalMinor,
      amountPaidMinor: invoice.amountPaidMinor,
      creditedMinor: invoice.creditedMinor,
      paymentReference: invoice.paymentReference,
      vatNotes: invoice.vatNotes,
    },
  };
}
