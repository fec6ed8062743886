import { getTranslator } from '@/lib/i18n/translator';
import type { CreditNotePdfInput } from './credit-note-pdf-input';
import { documentParts } from './document-parts';
import type { PdfDocument } from './pdf-document';
import { renderPdfDocument, type RenderPdfOptions } from './render-pdf-document';

/**
 * A credit note as a PDF (A4), in the customer's language, in the invoice's layout: who it is
 * for, the invoice it credits and why, the lines taken back with their VAT, the totals, VAT per
 * rate, and where the money goes.
 */
export async function renderCreditNotePdf(input: CreditNotePdfInput, options: RenderPdfOptions = {}): Promise<Buffer> {
  return renderPdfDocument(creditNotePdfDocument(input), options);
}

/** What the credit note's PDF shows, in the shared document layout's terms. */
export function creditNotePdfDocument({ creditNote: note, shop, locale }: CreditNotePdfInput): PdfDocument {
  const c = getTranslator(locale, 'pdf.creditNote');
  const { parts, totals, format, vatNotes } = documentParts(locale, shop, note);
  return {
    ...parts,
    title: c('title'),
    number: note.number,
    issuedAt: note.issuedAt,
    stamp: null,
    facts: [
      [c('number'), note.number],
      [c('date'), format.date(note.issuedAt)],
      [c('invoice'), note.invoiceNumber],
    ],
    intro: [c('reason', { reason: note.reason })],
    totals,
    notes: [{ text: c('disposition', { disposition: note.disposition, invoice: note.invoiceNumber }), bold: true }, ...vatNotes],
  };
}
