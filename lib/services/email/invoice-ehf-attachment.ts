import type { EmailAttachmentRef } from '@/db/schema';
import { einvoiceDownloadName } from '@/lib/services/einvoice/einvoice-documents';

/** The invoice's EHF (UBL XML, its PDF inside) as an outbox attachment, rendered at delivery. */
export function invoiceEhfAttachment(invoice: { id: string; number: string }): EmailAttachmentRef {
  return { kind: 'invoice-ehf', invoiceId: invoice.id, filename: einvoiceDownloadName(invoice.number) };
}
