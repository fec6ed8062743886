import type { DbOrTx } from '@/db/client';
import type { EmailAttachmentRef } from '@/db/schema';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { serializeUbl } from '@/lib/einvoice/serialize-ubl';
import { invoiceEinvoiceDocument } from '@/lib/services/einvoice/einvoice-documents';
import { loadInvoicePdfInput } from './load-invoice-pdf';

export type RenderedAttachment = { filename: string; content: Buffer };

/**
 * The files of an outbox message, rendered now from what they refer to: an invoice PDF shows the
 * invoice as it is at delivery (paid by then: with its PAID stamp). Throws when a referenced
 * invoice is gone or a draft, which only a bug can cause.
 */
export async function renderAttachments(db: DbOrTx, refs: EmailAttachmentRef[] | null): Promise<RenderedAttachment[]> {
  const files: RenderedAttachment[] = [];
  for (const ref of refs ?? []) {
    const input = await loadInvoicePdfInput(ref.invoiceId, undefined, db);
    if (!input) throw new Error(`the attached invoice ${ref.invoiceId} does not exist or is a draft`);
    const pdf = await renderInvoicePdf(input);
    if (ref.kind === 'invoice-pdf') {
      files.push({ filename: ref.filename, content: pdf });
      continue;
    }
    // The e-invoice carries its PDF inside, as Peppol buyers expect.
    const document = invoiceEinvoiceDocument(input, new Uint8Array(pdf));
    if (!document.ok) throw new Error(`the e-invoice of ${input.invoice.number} cannot be made: ${document.error.message}`);
    files.push({ filename: ref.filename, content: Buffer.from(serializeUbl(document.value), 'utf8') });
  }
  return files;
}
