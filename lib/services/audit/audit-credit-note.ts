import type { Tx } from '@/db/client';
import { lockInvoiceAuditState, type InvoiceAuditState } from './invoice-audit-state';
import { recordAudit } from './record-audit';
import type { CreatedCreditNote } from '@/lib/services/credit-notes/create-credit-note';

/**
 * A credit note a staff member issued, in the audit log of its invoice: the invoice before and
 * after, the note, and the refunds it started (sent to the provider after commit).
 */
export async function auditCreditNote(tx: Tx, staffUserId: string, before: InvoiceAuditState | null, created: CreatedCreditNote): Promise<void> {
  const { creditNote } = created;
  await recordAudit(tx, {
    actorUserId: staffUserId,
    action: 'credit-note.issue',
    record: { type: 'invoice', id: creditNote.invoiceId },
    before,
    after: {
      ...(await lockInvoiceAuditState(tx, creditNote.invoiceId)),
      creditNote: {
        id: creditNote.id,
        number: creditNote.number,
        totalMinor: creditNote.totalMinor,
        currency: creditNote.currency,
        disposition: creditNote.disposition,
        reason: creditNote.reason,
      },
      refundIds: created.refundIds,
    },
  });
}
