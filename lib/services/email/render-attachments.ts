import type { DbOrTx } from '@/db/client';
import type { EmailAttachmentRef } from '@/db/schema';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
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
    files.push({ filename: ref.filename, content: await renderInvoicePdf(input) });
  }
  return files;
}
