import { and, asc, eq, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoiceLines, invoices, payments, type Invoice, type InvoiceLine, type Payment } from '@/db/schema';
import { listInvoiceCreditNotes, type InvoiceCreditNote } from '@/db/queries/invoices/list-invoice-credit-notes';

/** A payment attempt on the customer's invoice, as they may see it (no staff notes). */
export type CustomerInvoicePayment = Pick<Payment, 'id' | 'method' | 'status' | 'amountMinor' | 'currency'> & {
  /** When the money arrived (or was taken back again: a chargeback), or when the attempt was made if it never did. */
  date: Date;
};

export type CustomerInvoice = {
  invoice: Invoice;
  lines: InvoiceLine[];
  /** What is still owed: total, less payments and credit notes. */
  openMinor: number;
  payments: CustomerInvoicePayment[];
  creditNotes: InvoiceCreditNote[];
};

/** One finalized invoice with its lines, payments and credit notes, only if it belongs to this customer. */
export async function getCustomerInvoice(customerId: string, invoiceId: string): Promise<CustomerInvoice | null> {
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.customerId, customerId), ne(invoices.status, 'draft')))
    .limit(1);
  if (!invoice) return null;
  const [lines, paid, creditNotes] = await Promise.all([
    db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice.id)).orderBy(asc(invoiceLines.position)),
    db
      .select()
      .from(payments)
      .where(and(eq(payments.invoiceId, invoice.id), eq(payments.customerId, customerId)))
      .orderBy(asc(payments.createdAt), asc(payments.attempt)),
    listInvoiceCreditNotes(invoice.id, { kind: 'customer', customerId }),
  ]);
  return {
    invoice,
    lines,
    openMinor: Math.max(0, invoice.totalMinor - invoice.amountPaidMinor - invoice.creditedMinor),
    payments: paid.map((p) => ({
      id: p.id,
      method: p.method,
      status: p.status,
      amountMinor: p.amountMinor,
      currency: p.currency,
      date: p.reversedAt ?? p.settledAt ?? p.createdAt,
    })),
    creditNotes,
  };
}
