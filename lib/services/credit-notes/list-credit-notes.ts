import { desc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { creditNotes, customers, invoices, refunds, type CreditNote, type Refund } from '@/db/schema';

/** One credit note as the dashboard lists it, with its refunds; plain data, dates as ISO strings. */
export type CreditNoteListRow = {
  id: string;
  number: string;
  invoiceId: string;
  invoiceNumber: string | null;
  customerName: string;
  currency: string;
  totalMinor: number;
  reason: string;
  disposition: CreditNote['disposition'];
  issuedAt: string;
  refunds: { id: string; amountMinor: number; status: Refund['status']; failureReason: string | null }[];
};

/**
 * Credit notes, newest first (simulated customers' left out, as everywhere on the dashboard),
 * each with its refunds, so a refund the provider refused is in plain sight with its reason.
 */
export async function listCreditNotes(options: { limit?: number } = {}): Promise<CreditNoteListRow[]> {
  const notes = await db
    .select({ note: creditNotes, invoiceNumber: invoices.number })
    .from(creditNotes)
    .innerJoin(customers, eq(creditNotes.customerId, customers.id))
    .innerJoin(invoices, eq(creditNotes.invoiceId, invoices.id))
    .where(isNull(customers.testClockId))
    .orderBy(desc(creditNotes.issuedAt), desc(creditNotes.sequenceNumber))
    .limit(options.limit ?? 1000);
  const ids = notes.map((row) => row.note.id);
  const sent = ids.length ? await db.select().from(refunds).where(inArray(refunds.creditNoteId, ids)) : [];
  return notes.map(({ note, invoiceNumber }) => ({
    id: note.id,
    number: note.number,
    invoiceId: note.invoiceId,
    invoiceNumber,
    customerName: note.customerSnapshot.name,
    currency: note.currency,
    totalMinor: note.totalMinor,
    reason: note.reason,
    disposition: note.disposition,
    issuedAt: note.issuedAt.toISOString(),
    refunds: sent
      .filter((refund) => refund.creditNoteId === note.id)
      .map((refund) => ({ id: refund.id, amountMinor: refund.amountMinor, status: refund.status, failureReason: refund.failureReason })),
  }));
}
