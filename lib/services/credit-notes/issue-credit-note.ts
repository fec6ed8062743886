import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { refunds, type CreditNote, type Refund } from '@/db/schema';
import { ok, type Result } from '@/lib/billing/result';
import { lockInvoiceAuditState } from '@/lib/services/audit/invoice-audit-state';
import { nudgeInvoicePaid } from '@/lib/services/events/billing-events';
import { auditCreditNote } from '@/lib/services/audit/audit-credit-note';
import { createCreditNote, type CreatedCreditNote, type CreditNoteError, type CreditNoteRequest } from './create-credit-note';
import { executeRefund } from './execute-refund';

export type IssuedCreditNote = { creditNote: CreditNote; refunds: Refund[] };

/**
 * Credits all or part of an issued invoice (see createCreditNote for the rules), then, once that
 * has committed, sends its refunds through the provider and tells the engine when the note
 * settled an open invoice. A refund the provider refuses is returned (and stored) as failed with
 * the provider's reason; the credit note itself stands.
 */
export async function issueCreditNote(request: CreditNoteRequest): Promise<Result<IssuedCreditNote, CreditNoteError>> {
  const created = await db.transaction(async (tx) => {
    const staffUserId = request.staffUserId;
    const before = staffUserId ? await lockInvoiceAuditState(tx, request.invoiceId) : null;
    const note = await createCreditNote(tx, request);
    if (staffUserId && note.ok) await auditCreditNote(tx, staffUserId, before, note.value);
    return note;
  });
  if (!created.ok) return created;
  return ok(await afterCreditNote(created.value, request.now));
}

/** What follows a committed credit note: its refunds sent, a settled invoice's dunning stopped. */
export async function afterCreditNote(created: CreatedCreditNote, now: Date): Promise<IssuedCreditNote> {
  for (const id of created.refundIds) await executeRefund(id, now);
  if (created.settled) await nudgeInvoicePaid(created.settled);
  const rows = created.refundIds.length ? await db.select().from(refunds).where(inArray(refunds.id, created.refundIds)) : [];
  return { creditNote: created.creditNote, refunds: rows };
}
