import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { creditNotes, invoices, type CreditNote } from '@/db/schema';

export type CustomerCreditNote = {
  id: string;
  number: string;
  invoiceNumber: string | null;
  currency: string;
  totalMinor: number;
  reason: string;
  disposition: CreditNote['disposition'];
  /** ISO 8601. */
  issuedAt: string;
};

/** The customer's own credit notes, newest first: the scope is the argument, never the session. */
export async function listCustomerCreditNotes(customerId: string): Promise<CustomerCreditNote[]> {
  const rows = await db
    .select({ note: creditNotes, invoiceNumber: invoices.number })
    .from(creditNotes)
    .innerJoin(invoices, eq(creditNotes.invoiceId, invoices.id))
    .where(eq(creditNotes.customerId, customerId))
    .orderBy(desc(creditNotes.issuedAt), desc(creditNotes.sequenceNumber));
  return rows.map(({ note, invoiceNumber }) => ({
    id: note.id,
    number: note.number,
    invoiceNumber,
    currency: note.currency,
    totalMinor: note.totalMinor,
    reason: note.reason,
    disposition: note.disposition,
    issuedAt: note.issuedAt.toISOString(),
  }));
}
