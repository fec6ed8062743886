import { and, eq, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, type Invoice } from '@/db/schema';

/** What a pay link's page shows: no address, no lines (the link may have been forwarded). */
export type PayLinkInvoice = {
  id: string;
  customerId: string;
  number: string | null;
  status: Invoice['status'];
  currency: string;
  totalMinor: number;
  /** What is still to pay: total, less payments and credit notes. */
  owedMinor: number;
  dueAt: Date | null;
  /** When the invoice was issued (sent): the age of a pay link from before links carried theirs. */
  issuedAt: Date | null;
  paymentReference: string | null;
};

/**
 * The finalized invoice a verified pay link names, or null. The id must come from a checked
 * signature: the link is the authorisation, and it names exactly this invoice.
 */
export async function getPayLinkInvoice(verifiedInvoiceId: string): Promise<PayLinkInvoice | null> {
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, verifiedInvoiceId), ne(invoices.status, 'draft')));
  if (!invoice) return null;
  return {
    id: invoice.id,
    customerId: invoice.customerId,
    number: invoice.number,
    status: invoice.status,
    currency: invoice.currency,
    totalMinor: invoice.totalMinor,
    owedMinor: invoice.totalMinor - invoice.amountPaidMinor - invoice.creditedMinor,
    dueAt: invoice.dueAt,
    issuedAt: invoice.issuedAt,
    paymentReference: invoice.paymentReference,
  };
}
