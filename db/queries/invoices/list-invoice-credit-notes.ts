import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { creditNotes } from '@/db/schema';

/** A credit note against one invoice, as the invoice shows it. */
export type InvoiceCreditNote = { id: string; number: string; currency: string; totalMinor: number; reason: string; issuedAt: Date };

/** Whose invoice: the shop's staff see any; a customer only their own (their id is part of every match). */
export type InvoiceReader = { kind: 'merchant' } | { kind: 'customer'; customerId: string };

/** The credit notes issued against an invoice, oldest first. */
export async function listInvoiceCreditNotes(invoiceId: string, reader: InvoiceReader): Promise<InvoiceCreditNote[]> {
  return db
    .select({
      id: creditNotes.id,
      number: creditNotes.number,
      currency: creditNotes.currency,
      totalMinor: creditNotes.totalMinor,
      reason: creditNotes.reason,
      issuedAt: creditNotes.issuedAt,
    })
    .from(creditNotes)
    .where(and(eq(creditNotes.invoiceId, invoiceId), reader.kind === 'customer' ? eq(creditNotes.customerId, reader.customerId) : undefined))
    .orderBy(asc(creditNotes.issuedAt), asc(creditNotes.sequenceNumber));
}
