import type { EmailAttachmentRef } from '@/db/schema';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';

/** The invoice's PDF as an outbox attachment: a reference, rendered when the mail is delivered. */
export function invoicePdfAttachment(invoice: { id: string; number: string }): EmailAttachmentRef {
  return { kind: 'invoice-pdf', invoiceId: invoice.id, filename: invoicePdfFilename(invoice.number) };
}
